import type { Db } from "../../db/client.ts";

export type MailLocale = "nl" | "en";

/** One mail, already written in the recipient's language (see templates.ts). */
export interface OutgoingMail {
  /** The branch it concerns, so its secretary sees it on the outbox page; null for mail outside a branch. */
  branchId: string | null;
  to: string;
  locale: MailLocale;
  /** invitation, password_reset, email_change, …: what the mail is, for the outbox page and the tests. */
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the mail is about (an invitation's), which the outbox page lets a secretary copy while mail is off. */
  actionUrl?: string;
  /** The member the mail is for, when it is one (preferences, unsubscribe). */
  personId?: string;
  /** The job's unique key: a mail whose key is already in the outbox is not enqueued again (see enqueueMail). */
  dedupeKey?: string;
  /** An iTIP part (REQUEST or CANCEL) with its iCalendar text. */
  calendar?: { method: "REQUEST" | "CANCEL"; body: string };
  /** The one-click unsubscribe link (RFC 8058); only for mail a member can turn off. */
  unsubscribeUrl?: string;
}

/**
 * Puts a mail in the outbox; returns its id, or null when a mail with the same dedupeKey is there already. Call it with the transaction of the change that causes the mail: the change
 * and its mail commit together or not at all, and the worker (worker.ts) sends it afterwards, with retries.
 */
export async function enqueueMail(tx: Db, mail: OutgoingMail & { dedupeKey?: undefined }): Promise<string>;
export async function enqueueMail(tx: Db, mail: OutgoingMail): Promise<string | null>;
export async function enqueueMail(tx: Db, mail: OutgoingMail): Promise<string | null> {
  if (mail.dedupeKey !== undefined) {
    // ON CONFLICT DO NOTHING rather than create + catch P2002: a failed statement would abort the caller's transaction.
    const created = await tx.outboxMail.createManyAndReturn({ data: [outboxRow(mail)], skipDuplicates: true, select: { id: true } });
    return created[0]?.id ?? null;
  }
  const row = await tx.outboxMail.create({ data: outboxRow(mail), select: { id: true } });
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
 * like enqueueMail. Mails whose dedupeKey is already in the outbox are skipped; returns how many were added.
 */
export async function enqueueMails(tx: Db, mails: readonly OutgoingMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const created = await tx.outboxMail.createMany({ data: mails.map(outboxRow), skipDuplicates: true });
  return created.count;
}
