import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  OPTIONAL_MAIL_KINDS,
  type MailKindSwitches,
  type NotificationPreferencesBody,
  type NotificationPreferencesResponse,
  type OptionalMailKind,
} from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { BranchScope } from "../../lib/clock.ts";
import { notFound, staleVersion } from "../../lib/errors.ts";
import { hashSecretToken } from "../../lib/tokenHash.ts";

/** A member's preferences as the scheduler reads them; no row means the defaults. */
export interface PersonPreferences {
  disabledKinds: ReadonlySet<string>;
  eveningReminderTime: string;
  daysBefore: number;
}

export const defaultPreferences = (): PersonPreferences => ({ disabledKinds: new Set(), ...DEFAULT_NOTIFICATION_PREFERENCES });

/** The preferences of these people, defaults filled in for those without a row. */
export async function preferencesOf(db: Pick<Database, "notificationPreference">, personIds: readonly string[]): Promise<Map<string, PersonPreferences>> {
  const rows = await db.notificationPreference.findMany({ where: { personId: { in: [...personIds] } } });
  const byPerson = new Map(personIds.map((id) => [id, defaultPreferences()]));
  for (const row of rows) byPerson.set(row.personId, { disabledKinds: new Set(row.disabledKinds), eveningReminderTime: row.eveningReminderTime, daysBefore: row.daysBefore });
  return byPerson;
}

function ownPersonId(branch: BranchScope): string {
  if (branch.personId === null) throw notFound("Your membership of this branch");
  return branch.personId;
}

const switchesOf = (disabled: readonly string[]): MailKindSwitches =>
  Object.fromEntries(OPTIONAL_MAIL_KINDS.map((kind) => [kind, !disabled.includes(kind)])) as MailKindSwitches;

/** The caller's own choices (page Meldingen), the defaults while they never saved any. */
export async function getNotificationPreferences(db: Database, branch: BranchScope): Promise<NotificationPreferencesResponse> {
  const personId = ownPersonId(branch);
  const person = await db.person.findFirst({ where: { id: personId, branchId: branch.id }, select: { notificationPreference: true } });
  if (!person) throw notFound("Your membership of this branch");
  const row = person.notificationPreference;
  return {
    kinds: switchesOf(row?.disabledKinds ?? []),
    eveningReminderTime: row?.eveningReminderTime ?? DEFAULT_NOTIFICATION_PREFERENCES.eveningReminderTime,
    daysBefore: row?.daysBefore ?? DEFAULT_NOTIFICATION_PREFERENCES.daysBefore,
    version: row?.version ?? 1,
  };
}

/** Saves the caller's choices; the version is the one GET gave (1 before the first save). */
export async function setNotificationPreferences(db: Database, branch: BranchScope, body: NotificationPreferencesBody): Promise<NotificationPreferencesResponse> {
  const personId = ownPersonId(branch);
  const disabledKinds = OPTIONAL_MAIL_KINDS.filter((kind) => !body.kinds[kind]);
  const data = { disabledKinds, eveningReminderTime: body.eveningReminderTime, daysBefore: body.daysBefore };
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { id: personId, branchId: branch.id }, select: { notificationPreference: { select: { version: true } } } });
    if (!person) throw notFound("Your membership of this branch");
    const current = person.notificationPreference;
    if ((current?.version ?? 1) !== body.version) throw staleVersion("notification setting");
    if (!current) {
      // Two first saves at once: the second insert meets the primary key and is told to reload, like a stale version.
      const created = await tx.notificationPreference.createMany({ data: [{ personId, ...data, version: 2 }], skipDuplicates: true });
      if (created.count === 0) throw staleVersion("notification setting");
    } else {
      const updated = await tx.notificationPreference.updateMany({ where: { personId, version: body.version }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) throw staleVersion("notification setting");
    }
    return { kinds: body.kinds, eveningReminderTime: body.eveningReminderTime, daysBefore: body.daysBefore, version: body.version + 1 };
  });
}

/** The person an unsubscribe link belongs to, with their branch's name; 404 for a token that isn't one. */
export async function unsubscribeTarget(db: Database, token: string): Promise<{ personId: string; branchName: string; locale: "nl" | "en" }> {
  const row = await db.unsubscribeToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { personId: true, person: { select: { branch: { select: { name: true } }, user: { select: { locale: true } } } } },
  });
  if (!row) throw notFound("This unsubscribe link");
  return { personId: row.personId, branchName: row.person.branch.name, locale: row.person.user?.locale === "en" ? "en" : "nl" };
}

/** One-click unsubscribe (RFC 8058): turns this kind off for the link's person; doing it twice changes nothing. */
export async function unsubscribe(db: Database, token: string, kind: OptionalMailKind): Promise<{ kind: OptionalMailKind; unsubscribed: true; branchName: string; locale: "nl" | "en" }> {
  const target = await unsubscribeTarget(db, token);
  await db.$transaction(async (tx) => {
    // Lock-free and idempotent: insert the row with this kind off, or add the kind to an existing row once.
    const created = await tx.notificationPreference.createMany({ data: [{ personId: target.personId, disabledKinds: [kind], version: 2 }], skipDuplicates: true });
    if (created.count > 0) return;
    await tx.notificationPreference.updateMany({
      where: { personId: target.personId, NOT: { disabledKinds: { has: kind } } },
      data: { disabledKinds: { push: kind }, version: { increment: 1 } },
    });
  });
  return { kind, unsubscribed: true, branchName: target.branchName, locale: target.locale };
}
