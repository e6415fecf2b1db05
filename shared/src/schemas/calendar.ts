import { Type, type Static } from "@sinclair/typebox";
import { IsoDate } from "./common.ts";
import { LIMITS } from "./limits.ts";

export const MEETING_KINDS = ["board", "working_group", "branch_meeting", "theme", "other"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_MODES = ["in_person", "online", "hybrid"] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];
export const OCCURRENCE_STATUSES = ["scheduled", "moved", "cancelled"] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

export const MeetingKindSchema = Type.Union(MEETING_KINDS.map((kind) => Type.Literal(kind)));
export const MeetingModeSchema = Type.Union(MEETING_MODES.map((mode) => Type.Literal(mode)));
export const OccurrenceStatusSchema = Type.Union(OCCURRENCE_STATUSES.map((status) => Type.Literal(status)));

/** "HH:MM", 24-hour local wall-clock time in the branch's time zone. */
export const LocalTime = Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d$", examples: ["19:30"] });
/** "YYYY-MM-DDTHH:MM", a local date-time in the branch's time zone (no offset). */
export const LocalDateTime = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d$", examples: ["2027-01-05T20:00"] });

export const RecurrenceSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Union([Type.Literal("odd_weeks"), Type.Literal("even_weeks")], { description: "Every odd or even ISO 8601 week" }),
      weekday: Type.Integer({ minimum: 1, maximum: 7, description: "ISO weekday: 1 = Monday … 7 = Sunday" }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal("rrule"),
      rule: Type.String({ minLength: 1, maxLength: LIMITS.calendar.recurrenceRule.maxLength, description: "An RFC 5545 RRULE without DTSTART, e.g. FREQ=MONTHLY;BYDAY=+1TH", examples: ["FREQ=MONTHLY;INTERVAL=2;BYDAY=+3WE"] }),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal("single"), date: IsoDate }, { additionalProperties: false }),
]);
export type RecurrenceInput = Static<typeof RecurrenceSchema>;

const seriesFields = {
  kind: MeetingKindSchema,
  title: Type.String({ minLength: 1, maxLength: LIMITS.calendar.seriesTitle.maxLength }),
  description: Type.String({ maxLength: LIMITS.calendar.seriesDescription.maxLength }),
  workingGroupId: Type.Union([Type.String({ format: "uuid" }), Type.Null()], { description: "The working group that meets, or organises a theme evening" }),
  recurrence: RecurrenceSchema,
  startTime: LocalTime,
  durationMinutes: Type.Integer({ minimum: LIMITS.calendar.durationMinutes.min, maximum: LIMITS.calendar.durationMinutes.max }),
  location: Type.String({ maxLength: LIMITS.calendar.location.maxLength }),
  mode: MeetingModeSchema,
  validFrom: IsoDate,
  validUntil: Type.Union([IsoDate, Type.Null()]),
  extraAttendeeIds: Type.Array(Type.String({ format: "uuid" }), { maxItems: LIMITS.calendar.extraAttendees.maxItems, description: "Persons who attend besides those the kind implies" }),
};

export const SeriesCreateBody = Type.Object(
  {
    ...seriesFields,
    description: Type.Optional(seriesFields.description),
    workingGroupId: Type.Optional(seriesFields.workingGroupId),
    location: Type.Optional(seriesFields.location),
    mode: Type.Optional(seriesFields.mode),
    validUntil: Type.Optional(seriesFields.validUntil),
    extraAttendeeIds: Type.Optional(seriesFields.extraAttendeeIds),
  },
  { additionalProperties: false },
);
export type SeriesCreateBody = Static<typeof SeriesCreateBody>;

export const SeriesUpdateBody = Type.Composite(
  [
    Type.Partial(Type.Object(seriesFields)),
    Type.Object({ version: Type.Integer({ minimum: 1, description: "The version you edited; a stale one gets 409" }) }),
  ],
  { additionalProperties: false },
);
export type SeriesUpdateBody = Static<typeof SeriesUpdateBody>;

export const SeriesView = Type.Object({
  id: Type.String(),
  ...seriesFields,
  version: Type.Integer(),
});
export type SeriesView = Static<typeof SeriesView>;

export const OccurrenceExceptionView = Type.Object({
  date: IsoDate,
  status: Type.Union([Type.Literal("moved"), Type.Literal("cancelled"), Type.Literal("scheduled")], { description: "scheduled = only location or mode changed" }),
  start: Type.Union([LocalDateTime, Type.Null()]),
  end: Type.Union([LocalDateTime, Type.Null()]),
  location: Type.Union([Type.String(), Type.Null()]),
  mode: Type.Union([MeetingModeSchema, Type.Null()]),
  reason: Type.String(),
  version: Type.Integer({ description: "Send it back as expectedVersion (PUT) or ?version= (DELETE) to edit this change" }),
});
export type OccurrenceExceptionView = Static<typeof OccurrenceExceptionView>;

export const SeriesResponse = Type.Object({ series: SeriesView, exceptions: Type.Array(OccurrenceExceptionView) });
export type SeriesResponse = Static<typeof SeriesResponse>;
export const SeriesListResponse = Type.Object({ series: Type.Array(SeriesView) });
export type SeriesListResponse = Static<typeof SeriesListResponse>;

export const OccurrenceView = Type.Object({
  seriesId: Type.String(),
  kind: MeetingKindSchema,
  title: Type.String(),
  workingGroupId: Type.Union([Type.String(), Type.Null()]),
  date: Type.String({ description: "The local date the occurrence was planned on: the key for changing it" }),
  start: Type.String({ description: "ISO 8601 with the branch's UTC offset, e.g. 2027-01-05T19:30:00+01:00" }),
  end: Type.String(),
  isoWeek: Type.Integer(),
  isoWeekYear: Type.Integer(),
  parity: Type.Union([Type.Literal("odd"), Type.Literal("even")]),
  status: OccurrenceStatusSchema,
  location: Type.String(),
  mode: MeetingModeSchema,
  reason: Type.String({ description: "Why it was cancelled, moved or changed; empty otherwise" }),
  exceptionVersion: Type.Union([Type.Integer(), Type.Null()], {
    description: "Version of this meeting's change (cancel, move, other location); null when it is as the series plans it. Send it back when you change or undo it",
  }),
});
export type OccurrenceView = Static<typeof OccurrenceView>;

export const OccurrencesQuery = Type.Object(
  {
    from: IsoDate,
    to: IsoDate,
    kind: Type.Optional(MeetingKindSchema),
    workingGroup: Type.Optional(Type.String({ description: "Working group id or slug" })),
    mine: Type.Optional(Type.Boolean({ description: "Only the meetings the caller attends" })),
  },
  { additionalProperties: false },
);
export type OccurrencesQuery = Static<typeof OccurrencesQuery>;

export const OccurrencesResponse = Type.Object({ occurrences: Type.Array(OccurrenceView) });
export type OccurrencesResponse = Static<typeof OccurrencesResponse>;

export const OccurrenceChangeBody = Type.Object(
  {
    status: Type.Union([Type.Literal("cancelled"), Type.Literal("moved"), Type.Literal("scheduled")], {
      description: "cancelled; moved (give start and end); scheduled with a new location or mode",
    }),
    start: Type.Optional(LocalDateTime),
    end: Type.Optional(LocalDateTime),
    location: Type.Optional(Type.String({ maxLength: LIMITS.calendar.location.maxLength })),
    mode: Type.Optional(MeetingModeSchema),
    reason: Type.String({ maxLength: LIMITS.calendar.changeReason.maxLength }),
    expectedVersion: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
      description: "The exceptionVersion you saw: null when the meeting was as planned. If someone else changed the meeting since, 409 STALE_VERSION",
    }),
  },
  { additionalProperties: false },
);
export type OccurrenceChangeBody = Static<typeof OccurrenceChangeBody>;

export const OccurrenceUndoQuery = Type.Object(
  { version: Type.Integer({ minimum: 1, description: "The exceptionVersion of the change you undo; a stale one gets 409 STALE_VERSION" }) },
  { additionalProperties: false },
);
export type OccurrenceUndoQuery = Static<typeof OccurrenceUndoQuery>;

export const LoadQuery = Type.Object(
  {
    week: Type.Optional(Type.String({ pattern: "^\\d{4}-W\\d{2}$", examples: ["2026-W48"] })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type LoadQuery = Static<typeof LoadQuery>;

const LoadMeeting = Type.Object({ seriesId: Type.String(), title: Type.String(), kind: MeetingKindSchema, date: Type.String(), start: Type.String(), end: Type.String() });

export const WeekLoadResponse = Type.Object({
  week: Type.String({ examples: ["2026-W48"] }),
  people: Type.Array(Type.Object({ personId: Type.String(), name: Type.String(), meetings: Type.Array(LoadMeeting), overloaded: Type.Boolean() })),
});
export type WeekLoadResponse = Static<typeof WeekLoadResponse>;

export const RangeLoadResponse = Type.Object({
  from: IsoDate,
  to: IsoDate,
  weeks: Type.Array(Type.String(), { description: "ISO weeks in the range, e.g. 2026-W53" }),
  people: Type.Array(Type.Object({ personId: Type.String(), name: Type.String(), perWeek: Type.Array(Type.Integer(), { description: "Meetings per week, aligned with weeks" }) })),
  overloaded: Type.Array(Type.Object({ personId: Type.String(), name: Type.String(), week: Type.String(), meetings: Type.Array(LoadMeeting) })),
});
export type RangeLoadResponse = Static<typeof RangeLoadResponse>;

export const CalendarFeedResponse = Type.Object({ url: Type.String({ description: "Secret URL of your personal iCalendar feed" }) });
export type CalendarFeedResponse = Static<typeof CalendarFeedResponse>;
export const CalendarFeedStatus = Type.Object({
  active: Type.Boolean({ description: "Whether you have a feed URL; only its hash is stored, so it is shown once, when it is made (POST)" }),
});
export type CalendarFeedStatus = Static<typeof CalendarFeedStatus>;
