import { randomBytes } from "node:crypto";
import { isOptionalMailKind } from "@afdelingsplanner/shared/schemas";
import type { Db } from "../../db/client.ts";
import { hashSecretToken } from "../../lib/tokenHash.ts";

export type MailLocale = "nl" | "en";

/** One mail, already written in the recipient's language (see templates.ts). */
export interface OutgoingMail {
  /** The branch it concerns, so its secretary sees it on the outbox page; null for mail outside a branch. */
  branchId: string | null;
  to: string;
  locale: MailLocale;
  /** One of MAIL_KINDS (shared/src/schemas/notifications.ts): what the mail is, for preferences, the outbox page and the tests. */
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the mail is about (an invitation's), which the outbox page lets a secretary copy while mail is off. */
  actionUrl?: string;
  /**
   * The member the mail is for, when it is one. For an optional kind (not transactional) the outbox applies
   * their preferences: the mail is dropped when they turned the kind off, and gets its unsubscribe link.
   */
  personId?: string;
  /** The job's unique key: a mail whose key is already in the outbox is not enqueued again (see enqueueMail). */
  dedupeKey?: string;
  /** An iTIP part (REQUEST or CANCEL) with its iCalendar text. */
  calendar?: { method: "REQUEST" | "CANCEL"; body: string };
  /**
   * The one-click unsubscribe link (RFC 8058). Leave it out: the outbox sets it for an optional kind with a
   * personId (a path under UNSUBSCRIBE_PATH, which the worker prefixes with PUBLIC_URL).
   */
  unsubscribeUrl?: string;
}

/** Where a one-click unsubscribe link points; the worker puts PUBLIC_URL before it when it sends the mail. */
export const UNSUBSCRIBE_PATH = "/api/unsubscribe";

/**
 * The member's preferences, applied to mails before they enter the outbox (issue 15, one place for every
 * module): a mail of an optional kind for a person who turned that kind off is dropped; every other one for
 * a person gets its own unsubscribe token (stored hashed; the raw token is only in the mail's link). Mails
 * without a person, and transactional kinds, pass unchanged.
 */
async function withPreferences(tx: Db, mails: readonly OutgoingMail[]): Promise<OutgoingMail[]> {
  const personIds = [...new Set(mails.flatMap((mail) => (mail.personId && isOptionalMailKind(mail.kind) ? [mail.personId] : [])))];
  if (personIds.length === 0) return [...mails];
  const preferences = await tx.notificationPreference.findMany({ where: { personId: { in: personIds } }, select: { personId: true, disabledKinds: true } });
  const disabled = new Map(preferences.map((preference) => [preference.personId, new Set(preference.disabledKinds)]));
  const tokens: { tokenHash: string; personId: string }[] = [];
  const kept: OutgoingMail[] = [];
  for (const mail of mails) {
    if (!mail.personId || !isOptionalMailKind(mail.kind)) {
      kept.push(mail);
      continue;
    }
    if (disabled.get(mail.personId)?.has(mail.kind)) continue;
    const token = randomBytes(24).toString("base64url");
    tokens.push({ tokenHash: hashSecretToken(token), personId: mail.personId });
    kept.push({ ...mail, unsubscribeUrl: `${UNSUBSCRIBE_PATH}/${token}/${mail.kind}` });
  }
  if (tokens.length > 0) await tx.unsubscribeToken.createMany({ data: tokens });
  return kept;
}

/**
 * Puts a mail in the outbox; returns its id, or null when it was not added: a mail with the same dedupeKey is
 * there already, or its person turned its kind off (see withPreferences). Call it with the transaction of the
 * change that causes the mail: the change and its mail commit together or not at all, and the worker
 * (worker.ts) sends it afterwards, with retries.
 */
export async function enqueueMail(tx: Db, mail: OutgoingMail & { dedupeKey?: undefined; personId?: undefined }): Promise<string>;
export async function enqueueMail(tx: Db, mail: OutgoingMail): Promise<string | null>;
export async function enqueueMail(tx: Db, mail: OutgoingMail): Promise<string | null> {
  const [queued] = await withPreferences(tx, [mail]);
  if (!queued) return null;
  if (queued.dedupeKey !== undefined) {
    // ON CONFLICT DO NOTHING rather than create + catch P2002: a failed statement would abort the caller's transaction.
    const created = await tx.outboxMail.createManyAndReturn({ data: [outboxRow(queued)], skipDuplicates: true, select: { id: true } });
    return created[0]?.id ?? null;
  }
  const row = await tx.outboxMail.create({ data: outboxRow(queued), select: { id: true } });
  return row.id;
}

/** The outbox row for one mail, as enqueueMail and enqueueMails write it. */
function outboxRow(mail: OutgoingMail) {
  return {
    branchId: mail.branchId,
    toAddress: mail.to,
    locale: mail.locale,
    kind: mail.kind,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
    actionUrl: mail.actionUrl ?? null,
    personId: mail.personId ?? null,
    dedupeKey: mail.dedupeKey ?? null,
    calendarMethod: mail.calendar?.method ?? null,
    calendarBody: mail.calendar?.body ?? null,
    unsubscribeUrl: mail.unsubscribeUrl ?? null,
  };
}

/**
 * Many mails in one statement (an import's invitations, a reminder run), in the transaction that causes them,
 * like enqueueMail, with the same preferences applied. Mails whose dedupeKey is already in the outbox are
 * skipped; returns how many were added.
 */
export async function enqueueMails(tx: Db, mails: readonly OutgoingMail[]): Promise<number> {
  // A scheduler finds the same due mails again on every tick: leave out those already in the outbox before
  // making their unsubscribe tokens. (The unique index still decides between two instances at once.)
  const keys = mails.flatMap((mail) => (mail.dedupeKey === undefined ? [] : [mail.dedupeKey]));
  const taken = keys.length === 0 ? new Set<string>() : new Set((await tx.outboxMail.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((row) => row.dedupeKey));
  const queued = await withPreferences(tx, taken.size === 0 ? mails : mails.filter((mail) => mail.dedupeKey === undefined || !taken.has(mail.dedupeKey)));
  if (queued.length === 0) return 0;
  const created = await tx.outboxMail.createMany({ data: queued.map(outboxRow), skipDuplicates: true });
  return created.count;
}
