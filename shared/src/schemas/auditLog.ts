import { Type, type Static } from "@sinclair/typebox";
import { IsoDate } from "./common.ts";
import { LIMITS } from "./limits.ts";

/** What the audit log (logboek) records changes to; the web's filter offers these. */
export const AUDIT_ENTITY_TYPES = [
  "series",
  "training_session",
  "occurrence_exception",
  "board_term",
  "board_seat",
  "roster_policy",
  "goal",
  "goal_measurement",
  "agenda_item",
  "meeting_record",
  "decision",
  "action_item",
  "person",
  "invitation",
  "working_group",
  "working_group_member",
  "working_group_join_request",
  "branch",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
export const AuditEntityTypeSchema = Type.Union(AUDIT_ENTITY_TYPES.map((type) => Type.Literal(type)));

/** One changed field: its value before and after (null where it did not exist). */
export const AuditFieldChange = Type.Object({ from: Type.Unknown(), to: Type.Unknown() });
export type AuditFieldChange = Static<typeof AuditFieldChange>;
export type AuditChanges = Record<string, AuditFieldChange>;

export const AuditEntryView = Type.Object({
  id: Type.String(),
  at: Type.String({ description: "When, as an ISO 8601 instant" }),
  actor: Type.Object({ userId: Type.Union([Type.String(), Type.Null()]), name: Type.String({ description: "The name at the time of the change" }) }),
  entityType: AuditEntityTypeSchema,
  entityId: Type.String(),
  action: Type.String({ examples: ["created", "updated", "deleted", "cancelled", "moved", "restored", "reappointed"] }),
  summary: Type.String({ description: "One Dutch sentence, e.g. Bestuursvergadering op 2026-12-01 geannuleerd" }),
  changes: Type.Record(Type.String(), AuditFieldChange),
});
export type AuditEntryView = Static<typeof AuditEntryView>;

/** Cursor of the last entry of a page: its instant and id, so entries at the same millisecond are not skipped. */
export const AUDIT_CURSOR_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
/** LIMITS.auditLog.page.max by its older name. */
export const AUDIT_PAGE_MAX = LIMITS.auditLog.page.max;

export const AuditLogQuery = Type.Object(
  {
    entityType: Type.Optional(AuditEntityTypeSchema),
    actor: Type.Optional(Type.String({ format: "uuid", description: "User id of who made the change" })),
    from: Type.Optional({ ...IsoDate, description: "First day (inclusive), in the branch's time zone" }),
    to: Type.Optional({ ...IsoDate, description: "Last day (inclusive), in the branch's time zone" }),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.auditLog.search.maxLength, description: "Words in the summary" })),
    limit: Type.Optional(Type.Integer({ minimum: LIMITS.auditLog.page.min, maximum: LIMITS.auditLog.page.max, default: 50 })),
    before: Type.Optional(Type.String({ pattern: AUDIT_CURSOR_PATTERN, description: "nextCursor of the previous page" })),
  },
  { additionalProperties: false },
);
export type AuditLogQuery = Static<typeof AuditLogQuery>;

export const AuditLogResponse = Type.Object({
  entries: Type.Array(AuditEntryView),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: "Pass as `before` for the next page; null on the last page" }),
  actors: Type.Array(Type.Object({ userId: Type.String(), name: Type.String() }), { description: "Everyone with entries in this branch, for the person filter" }),
});
export type AuditLogResponse = Static<typeof AuditLogResponse>;
