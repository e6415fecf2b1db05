import { Type, type Static } from "@sinclair/typebox";
import { BranchSlugParams, IsoDate } from "./common.ts";
import { MeetingKindSchema, OccurrenceStatusSchema } from "./calendar.ts";
import { LIMITS } from "./limits.ts";

const literals = <T extends string>(values: readonly T[], description?: string) => Type.Union(values.map((value) => Type.Literal(value)), { description });

export const AGENDA_ITEM_TYPES = ["information", "discussion", "decision"] as const;
export const AGENDA_ITEM_STATUSES = ["proposed", "open", "handled", "postponed", "referred", "declined"] as const;
export const AGENDA_ITEM_ORIGINS = ["new", "proposal", "guest", "carried_over", "referred"] as const;
export const ACTION_STATUSES = ["open", "done"] as const;
export const RSVP_ANSWERS = ["yes", "no", "maybe"] as const;
export const PRESENCE_MARKS = ["present", "absent", "excused"] as const;
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

const Uuid = Type.String({ format: "uuid" });
const Title = Type.String({ minLength: 1, maxLength: LIMITS.meetings.agendaItemTitle.maxLength });
const Link = Type.String({ format: "uri", pattern: "^https?://", maxLength: LIMITS.meetings.agendaItemLink.maxLength });
const fields = {
  title: Title,
  type: literals(AGENDA_ITEM_TYPES, "information, discussion or decision"),
  ownerId: Type.Union([Uuid, Type.Null()], { description: "The person who introduces the item" }),
  estimatedMinutes: Type.Integer({ minimum: LIMITS.meetings.agendaItemMinutes.min, maximum: LIMITS.meetings.agendaItemMinutes.max }),
  links: Type.Array(Link, { maxItems: LIMITS.meetings.agendaItemLinks.maxItems, description: "http(s) links to documents" }),
};

export const MeetingParams = Type.Composite([
  BranchSlugParams,
  Type.Object({ seriesId: Type.String({ format: "uuid", description: "Series id" }), date: { ...IsoDate, description: "The occurrence's planned local date" } }),
]);
export type MeetingParams = Static<typeof MeetingParams>;
export const MeetingItemParams = Type.Composite([MeetingParams, Type.Object({ itemId: Type.String({ format: "uuid" }) })]);

// ---------------------------------------------------------------------------
// Agenda

export const AgendaItemCreateBody = Type.Object(
  { ...fields, type: Type.Optional(fields.type), ownerId: Type.Optional(fields.ownerId), estimatedMinutes: Type.Optional(fields.estimatedMinutes), links: Type.Optional(fields.links) },
  { additionalProperties: false },
);
export type AgendaItemCreateBody = Static<typeof AgendaItemCreateBody>;

export const AgendaItemUpdateBody = Type.Object(
  {
    ...Type.Partial(Type.Object(fields)).properties,
    status: Type.Optional(literals(["open", "handled", "postponed"], "Mark during the meeting; carry-over and referral set the others")),
    minutes: Type.Optional(Type.String({ maxLength: LIMITS.meetings.minutes.maxLength, description: "Minutes (notulen) of this item" })),
    version: Type.Integer({ minimum: 1, description: "The version you edited; a stale one gets 409" }),
  },
  { additionalProperties: false },
);
export type AgendaItemUpdateBody = Static<typeof AgendaItemUpdateBody>;

export const AgendaReorderBody = Type.Object(
  {
    itemIds: Type.Array(Uuid, { minItems: 1, maxItems: LIMITS.meetings.agendaOrder.maxItems, uniqueItems: true, description: "Every item on the agenda (not proposals), in the new order" }),
    versions: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1 }), {
        minItems: 1,
        maxItems: LIMITS.meetings.agendaOrder.maxItems,
        description: "The version of each item you ordered, in the order of itemIds; a stale one gets 409 STALE_VERSION. Moved items get a new version.",
      }),
    ),
  },
  { additionalProperties: false },
);
export type AgendaReorderBody = Static<typeof AgendaReorderBody>;

/** Deleting an item (or ending a rota): the version you saw; a stale one gets 409 STALE_VERSION. */
export const VersionQuery = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1, description: "The version you saw; a stale one gets 409" })) }, { additionalProperties: false });
export type VersionQuery = Static<typeof VersionQuery>;

export const ReferBody = Type.Object(
  {
    toSeriesId: Uuid,
    toDate: Type.Optional(IsoDate),
    note: Type.Optional(Type.String({ maxLength: LIMITS.meetings.referralNote.maxLength })),
  },
  { additionalProperties: false },
);
export type ReferBody = Static<typeof ReferBody>;

export const PersonRef = Type.Object({ id: Type.String(), name: Type.String() });

export const AgendaItemView = Type.Object({
  id: Type.String(),
  seriesId: Type.String(),
  date: Type.String(),
  position: Type.Integer(),
  title: Type.String(),
  type: literals(AGENDA_ITEM_TYPES),
  owner: Type.Union([PersonRef, Type.Null()]),
  estimatedMinutes: Type.Integer(),
  links: Type.Array(Type.String()),
  status: literals(AGENDA_ITEM_STATUSES),
  minutes: Type.String(),
  postponedCount: Type.Integer({ description: "How often it was carried to a next meeting (show as \"2× doorgeschoven\")" }),
  oftenPostponed: Type.Boolean({ description: "Postponed twice or more: flag it" }),
  origin: literals(AGENDA_ITEM_ORIGINS),
  previousItemId: Type.Union([Type.String(), Type.Null()]),
  rootItemId: Type.String(),
  proposedBy: Type.Union([Type.String(), Type.Null()], { description: "Who proposed it (member or guest name)" }),
  referralNote: Type.String(),
  version: Type.Integer(),
});
export type AgendaItemView = Static<typeof AgendaItemView>;

export const MeetingSummary = Type.Object({
  seriesId: Type.String(),
  kind: MeetingKindSchema,
  title: Type.String(),
  workingGroupId: Type.Union([Type.String(), Type.Null()]),
  date: Type.String(),
  start: Type.String(),
  end: Type.String(),
  status: OccurrenceStatusSchema,
  durationMinutes: Type.Integer(),
  closedAt: Type.Union([Type.String(), Type.Null()]),
  held: Type.Boolean({ description: "Its (possibly moved) day has come in the branch's time zone; before that it cannot be closed (409 MEETING_NOT_YET_HELD)" }),
  preparer: Type.Union([PersonRef, Type.Null()]),
});
export type MeetingSummary = Static<typeof MeetingSummary>;

export const MeetingPermissions = Type.Object({
  editAgenda: Type.Boolean({ description: "Add, change, order items; accept proposals; close" }),
  propose: Type.Boolean(),
  manageActions: Type.Boolean(),
  recordPresence: Type.Boolean(),
});

export const AgendaResponse = Type.Object({
  meeting: MeetingSummary,
  permissions: MeetingPermissions,
  items: Type.Array(AgendaItemView, { description: "On the agenda, in order (open, handled, postponed, referred)" }),
  proposals: Type.Array(AgendaItemView, { description: "Proposed items waiting for the preparer" }),
  timing: Type.Object({
    estimatedMinutes: Type.Integer(),
    durationMinutes: Type.Integer(),
    overByMinutes: Type.Integer(),
    warning: Type.Union([Type.String(), Type.Null()]),
  }),
});
export type AgendaResponse = Static<typeof AgendaResponse>;

export const AgendaItemResponse = Type.Object({ item: AgendaItemView });

export const CloseResponse = Type.Object({
  meeting: MeetingSummary,
  carriedTo: Type.Union([Type.String(), Type.Null()], { description: "The date the unhandled items moved to" }),
  carriedItems: Type.Array(AgendaItemView),
});

export const HistoryResponse = Type.Object({
  steps: Type.Array(
    Type.Object({
      itemId: Type.String(),
      seriesId: Type.String(),
      seriesTitle: Type.String(),
      kind: MeetingKindSchema,
      date: Type.String(),
      status: literals(AGENDA_ITEM_STATUSES),
      postponedCount: Type.Integer(),
      how: literals(["created", "carried_over", "referred"]),
      fromSeriesId: Type.Union([Type.String(), Type.Null()]),
      referralNote: Type.String(),
    }),
  ),
  referrals: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), date: Type.String(), note: Type.String() })),
});

export const PreparerBody = Type.Object({ personId: Type.Union([Uuid, Type.Null()]) }, { additionalProperties: false });
export const PreparerResponse = Type.Object({ preparer: Type.Union([PersonRef, Type.Null()]) });

// ---------------------------------------------------------------------------
// Decisions and actions

export const DecisionBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: LIMITS.meetings.decisionText.maxLength }), agendaItemId: Type.Optional(Type.Union([Uuid, Type.Null()])) },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;
export const DecisionUpdateBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: LIMITS.meetings.decisionText.maxLength }), version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type DecisionUpdateBody = Static<typeof DecisionUpdateBody>;

export const DecisionView = Type.Object({
  id: Type.String(),
  seriesId: Type.String(),
  date: Type.String(),
  agendaItemId: Type.Union([Type.String(), Type.Null()]),
  text: Type.String(),
  version: Type.Integer(),
});
export type DecisionView = Static<typeof DecisionView>;
export const DecisionListResponse = Type.Object({ decisions: Type.Array(DecisionView) });
export const DecisionResponse = Type.Object({ decision: DecisionView });

const actionFields = {
  title: Type.String({ minLength: 1, maxLength: LIMITS.meetings.actionTitle.maxLength }),
  ownerId: Type.Union([Uuid, Type.Null()]),
  dueDate: Type.Union([IsoDate, Type.Null()]),
  agendaItemId: Type.Union([Uuid, Type.Null()]),
};
export const ActionCreateBody = Type.Object(
  { ...actionFields, ownerId: Type.Optional(actionFields.ownerId), dueDate: Type.Optional(actionFields.dueDate), agendaItemId: Type.Optional(actionFields.agendaItemId) },
  { additionalProperties: false },
);
export type ActionCreateBody = Static<typeof ActionCreateBody>;
export const ActionUpdateBody = Type.Object(
  {
    title: Type.Optional(actionFields.title),
    ownerId: Type.Optional(actionFields.ownerId),
    dueDate: Type.Optional(actionFields.dueDate),
    status: Type.Optional(literals(ACTION_STATUSES)),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type ActionUpdateBody = Static<typeof ActionUpdateBody>;

export const ActionView = Type.Object({
  id: Type.String(),
  seriesId: Type.String(),
  seriesTitle: Type.String(),
  workingGroupId: Type.Union([Type.String(), Type.Null()]),
  date: Type.String({ description: "The meeting it was agreed at" }),
  agendaItemId: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  owner: Type.Union([PersonRef, Type.Null()]),
  dueDate: Type.Union([Type.String(), Type.Null()]),
  status: literals(ACTION_STATUSES),
  doneOn: Type.Union([Type.String(), Type.Null()]),
  overdue: Type.Boolean({ description: "Open and due before today (branch time zone)" }),
  version: Type.Integer(),
});
export type ActionView = Static<typeof ActionView>;
export const ActionListResponse = Type.Object({ today: Type.String(), actions: Type.Array(ActionView) });
export const ActionResponse = Type.Object({ action: ActionView });
/** An action's changes, oldest first, from the audit log: who changed what, with owners by name. */
export const ACTION_HISTORY_FIELDS = ["title", "owner", "dueDate", "status", "doneOn"] as const;
export const ActionHistoryResponse = Type.Object({
  entries: Type.Array(
    Type.Object({
      at: Type.String({ description: "When, as an ISO 8601 instant" }),
      actorName: Type.String({ description: "Who, by their name at the time" }),
      action: Type.String({ examples: ["created", "updated", "done", "reopened"] }),
      changes: Type.Array(Type.Object({ field: literals(ACTION_HISTORY_FIELDS), from: Type.Union([Type.String(), Type.Null()]), to: Type.Union([Type.String(), Type.Null()]) })),
    }),
  ),
});
export type ActionHistoryResponse = Static<typeof ActionHistoryResponse>;

export const ActionListQuery = Type.Object(
  {
    seriesId: Type.Optional(Uuid),
    workingGroupId: Type.Optional(Uuid),
    ownerId: Type.Optional(Uuid),
    mine: Type.Optional(Type.Boolean({ description: "Only the caller's actions" })),
    status: Type.Optional(literals(["open", "done", "all"], "Default: open")),
  },
  { additionalProperties: false },
);
export type ActionListQuery = Static<typeof ActionListQuery>;

// ---------------------------------------------------------------------------
// Attendance

export const AttendanceBody = Type.Object(
  { rsvp: Type.Optional(Type.Union([literals(RSVP_ANSWERS), Type.Null()])), presence: Type.Optional(Type.Union([literals(PRESENCE_MARKS), Type.Null()])) },
  { additionalProperties: false, minProperties: 1 },
);
export type AttendanceBody = Static<typeof AttendanceBody>;
export const AttendanceParams = Type.Composite([MeetingParams, Type.Object({ personId: Type.String({ format: "uuid" }) })]);

export const AttendanceRow = Type.Object({
  personId: Type.String(),
  name: Type.String(),
  expected: Type.Boolean({ description: "Expected by the series' kind (board, group members, everyone) or as an extra attendee" }),
  rsvp: Type.Union([literals(RSVP_ANSWERS), Type.Null()]),
  presence: Type.Union([literals(PRESENCE_MARKS), Type.Null()]),
});
export const AttendanceResponse = Type.Object({
  people: Type.Array(AttendanceRow),
  guests: Type.Array(Type.Object({ guestRequestId: Type.String(), name: Type.String() }), { description: "Approved guest requests" }),
  counts: Type.Object({ yes: Type.Integer(), no: Type.Integer(), maybe: Type.Integer(), present: Type.Integer(), absent: Type.Integer(), excused: Type.Integer() }),
});
export type AttendanceResponse = Static<typeof AttendanceResponse>;

const Counts = Type.Object({
  recorded: Type.Integer(),
  present: Type.Integer(),
  absent: Type.Integer(),
  excused: Type.Integer(),
  presentPercent: Type.Union([Type.Integer(), Type.Null()]),
});
export const AttendanceFiguresQuery = Type.Object(
  { seriesId: Type.Optional(Uuid), from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) },
  { additionalProperties: false },
);
export const AttendanceFiguresResponse = Type.Object({
  perMember: Type.Array(Type.Composite([Type.Object({ personId: Type.String(), name: Type.String() }), Counts])),
  perSeries: Type.Array(Type.Composite([Type.Object({ seriesId: Type.String(), title: Type.String(), meetings: Type.Integer() }), Counts])),
});
