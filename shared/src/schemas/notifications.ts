import { Type, type Static } from "@sinclair/typebox";

/** Where a mail in the outbox is: waiting, being sent right now, sent, or given up after every retry. */
export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const OutboxStatusSchema = Type.Union(OUTBOX_STATUSES.map((status) => Type.Literal(status)));

/** The most recent mails the outbox page lists. */
export const OUTBOX_PAGE_MAX = 200;

export const OutboxMailView = Type.Object({
  id: Type.String(),
  to: Type.String(),
  kind: Type.String({ examples: ["invitation", "email_change"] }),
  subject: Type.String(),
  status: OutboxStatusSchema,
  attempts: Type.Integer({ minimum: 0 }),
  lastError: Type.Union([Type.String(), Type.Null()], { description: "Why the last attempt failed, in short" }),
  createdAt: Type.String({ description: "ISO 8601 instant" }),
  sentAt: Type.Union([Type.String(), Type.Null()]),
  actionUrl: Type.Union([Type.String(), Type.Null()], {
    description: "The invitation link, only for an invitation still waiting while mail is off, so the secretary can pass it on",
  }),
});
export type OutboxMailView = Static<typeof OutboxMailView>;

export const OutboxCounts = Type.Object(
  Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, Type.Integer({ minimum: 0 })])) as Record<OutboxStatus, ReturnType<typeof Type.Integer>>,
  { description: "How many of the branch's mails are in each state (all of them, not only the listed ones)" },
);
export type OutboxCounts = Static<typeof OutboxCounts>;

export const OutboxQuery = Type.Object(
  { status: Type.Optional(OutboxStatusSchema) },
  { additionalProperties: false },
);
export type OutboxQuery = Static<typeof OutboxQuery>;

export const OutboxResponse = Type.Object({
  mailEnabled: Type.Boolean({ description: "False when the server has no SMTP_URL: nothing is sent" }),
  counts: OutboxCounts,
  mails: Type.Array(OutboxMailView, { description: `The branch's most recent mails (at most ${OUTBOX_PAGE_MAX}), newest first; only those in ?status= when given` }),
});
export type OutboxResponse = Static<typeof OutboxResponse>;

/**
 * Every kind of mail the app sends (OutboxMail.kind). Transactional ones are always sent and never carry an
 * unsubscribe link; a member turns each of the others on or off on the Meldingen page.
 */
export const TRANSACTIONAL_MAIL_KINDS = ["invitation", "password_reset", "email_change", "email_changed", "guest_decision"] as const;
export const OPTIONAL_MAIL_KINDS = [
  "meeting_invitation",
  "reminder_evening",
  "reminder_days_before",
  "action_digest",
  "roster_term",
  "agenda",
  "minutes",
  "guest_request",
] as const;
export const MAIL_KINDS = [...TRANSACTIONAL_MAIL_KINDS, ...OPTIONAL_MAIL_KINDS] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export type TransactionalMailKind = (typeof TRANSACTIONAL_MAIL_KINDS)[number];
export type OptionalMailKind = (typeof OPTIONAL_MAIL_KINDS)[number];
export const isOptionalMailKind = (kind: string): kind is OptionalMailKind => OPTIONAL_MAIL_KINDS.some((known) => known === kind);

/** Local time of day, HH:MM (24 hours). */
const TIME_OF_DAY_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

/** The reminder N days before a branch meeting or theme evening: at least 3, at most 21 days ahead. */
export const DAYS_BEFORE_MIN = 3;
export const DAYS_BEFORE_MAX = 21;

/** Defaults for a member who never opened the Meldingen page: every kind on, 19:00 the evening before, a week ahead. */
export const DEFAULT_NOTIFICATION_PREFERENCES = { eveningReminderTime: "19:00", daysBefore: 7 } as const;

export const MailKindSwitches = Type.Object(
  Object.fromEntries(OPTIONAL_MAIL_KINDS.map((kind) => [kind, Type.Boolean()])) as Record<OptionalMailKind, ReturnType<typeof Type.Boolean>>,
  { additionalProperties: false, description: "Per optional kind of mail: true when the member receives it" },
);
export type MailKindSwitches = Static<typeof MailKindSwitches>;

const preferenceFields = {
  kinds: MailKindSwitches,
  eveningReminderTime: Type.String({ pattern: TIME_OF_DAY_PATTERN, description: "When the reminder the evening before goes out, in the branch's time zone (HH:MM)" }),
  daysBefore: Type.Integer({ minimum: DAYS_BEFORE_MIN, maximum: DAYS_BEFORE_MAX, description: "How many days before a branch meeting or theme evening its reminder goes out" }),
};

export const NotificationPreferencesBody = Type.Object(
  { ...preferenceFields, version: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: "The version you saw (GET gives it); a stale one gets 409" }) },
  { additionalProperties: false },
);
export type NotificationPreferencesBody = Static<typeof NotificationPreferencesBody>;

export const NotificationPreferencesResponse = Type.Object({ ...preferenceFields, version: Type.Integer() });
export type NotificationPreferencesResponse = Static<typeof NotificationPreferencesResponse>;

export const UnsubscribeParams = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 100, pattern: "^[A-Za-z0-9_-]+$" }),
  kind: Type.Union(OPTIONAL_MAIL_KINDS.map((kind) => Type.Literal(kind))),
});
export type UnsubscribeParams = Static<typeof UnsubscribeParams>;

/** RFC 8058: a one-click unsubscribe POST carries List-Unsubscribe=One-Click (form-encoded, or as JSON from the app's own page). */
export const UnsubscribeBody = Type.Object({ "List-Unsubscribe": Type.Optional(Type.Literal("One-Click")) });
export type UnsubscribeBody = Static<typeof UnsubscribeBody>;

export const UnsubscribeResponse = Type.Object({ kind: Type.String(), unsubscribed: Type.Boolean() });
export type UnsubscribeResponse = Static<typeof UnsubscribeResponse>;

/** The unsubscribe page a browser gets (text/html), in the person's language. */
export const UnsubscribePage = Type.String({ description: "An HTML page (text/html)" });
/** JSON for a mail client's one-click POST; the confirmation page for a browser's form (Accept: text/html). */
export const UnsubscribeAnswer = Type.Union([UnsubscribeResponse, UnsubscribePage]);
