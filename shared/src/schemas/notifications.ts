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

export const OutboxResponse = Type.Object({
  mailEnabled: Type.Boolean({ description: "False when the server has no SMTP_URL: nothing is sent" }),
  mails: Type.Array(OutboxMailView, { description: `The branch's most recent mails (at most ${OUTBOX_PAGE_MAX}), newest first` }),
});
export type OutboxResponse = Static<typeof OutboxResponse>;
