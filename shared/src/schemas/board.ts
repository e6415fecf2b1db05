import { Type, type Static } from "@sinclair/typebox";
import { ROSTER_STATUSES, ROSTER_WARNING_CODES, STANDING_AGAIN_CHOICES, TERM_KINDS } from "../board/types.ts";
import { BranchSlugParams } from "./common.ts";
import { LIMITS } from "./limits.ts";

export const TermKindSchema = Type.Union(TERM_KINDS.map((kind) => Type.Literal(kind)), { description: "elected; reappointed (herbenoemd); interim (tussentijds)" });
export const StandingAgainSchema = Type.Union(STANDING_AGAIN_CHOICES.map((choice) => Type.Literal(choice)), { description: "Intent to stand again (herkiesbaar)" });
export const RosterStatusSchema = Type.Union(ROSTER_STATUSES.map((status) => Type.Literal(status)));
export const RosterWarningCodeSchema = Type.Union(ROSTER_WARNING_CODES.map((code) => Type.Literal(code)));

/** A day that exists: format "date" rejects 2026-02-30, which the YYYY-MM-DD pattern alone lets through. */
export const CalendarDate = Type.String({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD", examples: ["2026-11-22"] });
const Note = Type.String({ maxLength: LIMITS.board.note.maxLength, description: "Free text for the minutes, e.g. the meeting where it was decided" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const RosterQuery = Type.Object(
  { asOf: Type.Optional({ ...CalendarDate, description: "The day to show the roster for; defaults to today in the branch's time zone" }) },
  { additionalProperties: false },
);
export type RosterQuery = Static<typeof RosterQuery>;

export const SeatParams = Type.Composite([BranchSlugParams, Type.Object({ seatId: Type.String({ format: "uuid" }) })]);
export type SeatParams = Static<typeof SeatParams>;

const policyFields = {
  termLengthMonths: Type.Integer({ minimum: LIMITS.board.termLengthMonths.min, maximum: LIMITS.board.termLengthMonths.max, description: "Length of one term in months (default 24)" }),
  maxConsecutiveTerms: Type.Integer({ minimum: LIMITS.board.maxConsecutiveTerms.min, maximum: LIMITS.board.maxConsecutiveTerms.max, description: "Most terms in a row on one seat (default 3); interim terms do not count" }),
  endingSoonWindowMonths: Type.Integer({ minimum: LIMITS.board.endingSoonWindowMonths.min, maximum: LIMITS.board.endingSoonWindowMonths.max, description: "How long before its end a term counts as ending soon (default 3)" }),
};

export const TermPolicyView = Type.Object({ ...policyFields, version: Type.Integer() });
export type TermPolicyView = Static<typeof TermPolicyView>;

export const RosterEntry = Type.Object({
  seatId: Type.String(),
  personId: Nullable(Type.String()),
  name: Nullable(Type.String()),
  function: Type.String(),
  portfolio: Type.String(),
  termId: Nullable(Type.String()),
  termKind: Nullable(TermKindSchema),
  termStart: Nullable(Type.String({ description: "YYYY-MM-DD" })),
  termEnd: Nullable(Type.String({ description: "YYYY-MM-DD, inclusive: the last day in office" })),
  reappointments: Type.Integer({ description: "Counted from the term history" }),
  consecutiveTerms: Type.Integer({ description: "Terms in a row that count towards the maximum" }),
  standingAgain: Nullable(StandingAgainSchema),
  status: RosterStatusSchema,
  eligibleForReappointment: Type.Boolean(),
  nextTermStart: Nullable(Type.String({ description: "Start of a term already recorded to follow this one" })),
});
export type RosterEntry = Static<typeof RosterEntry>;

export const RosterWarningView = Type.Object({
  code: RosterWarningCodeSchema,
  message: Type.String({ description: "Dutch, ready to show" }),
  personIds: Type.Array(Type.String()),
});
export type RosterWarningView = Static<typeof RosterWarningView>;

export const RosterResponse = Type.Object({
  asOf: Type.String({ description: "YYYY-MM-DD" }),
  policy: TermPolicyView,
  entries: Type.Array(RosterEntry),
  warnings: Type.Array(RosterWarningView),
  nextRetirements: Type.Array(Type.Object({ date: Type.String(), personIds: Type.Array(Type.String()) })),
});
export type RosterResponse = Static<typeof RosterResponse>;

export const BoardTermView = Type.Object({
  termId: Type.String(),
  seatId: Nullable(Type.String()),
  personId: Type.String(),
  name: Type.String(),
  kind: TermKindSchema,
  startDate: Type.String(),
  endDate: Type.String(),
  endedEarlyOn: Nullable(Type.String({ description: "Last day in office of someone who left before endDate" })),
  decidedOn: Nullable(Type.String()),
  decisionNote: Type.String(),
  standingAgain: StandingAgainSchema,
});
export type BoardTermView = Static<typeof BoardTermView>;

export const BoardSeatView = Type.Object({
  seatId: Type.String(),
  function: Type.String(),
  portfolio: Type.String(),
  responsibilities: Type.String(),
  position: Type.Integer(),
  holder: Nullable(Type.Object({ personId: Type.String(), name: Type.String() })),
  status: RosterStatusSchema,
  termEnd: Nullable(Type.String()),
  terms: Type.Array(BoardTermView, { description: "Every term on this seat, past and future, oldest first" }),
  version: Type.String({ description: "Send it back when editing the seat; a stale one gets 409" }),
});
export type BoardSeatView = Static<typeof BoardSeatView>;

export const AbolishedSeatView = Type.Object({
  seatId: Type.String(),
  function: Type.String(),
  portfolio: Type.String(),
  abolishedOn: Type.String({ description: "YYYY-MM-DD: the first day the seat no longer exists (opgeheven per)" }),
  terms: Type.Array(BoardTermView, { description: "The seat's term history, oldest first" }),
});
export type AbolishedSeatView = Static<typeof AbolishedSeatView>;

const seatText = {
  function: Type.String({ minLength: LIMITS.board.seatFunction.minLength, maxLength: LIMITS.board.seatFunction.maxLength, description: "e.g. Penningmeester" }),
  portfolio: Type.String({ maxLength: LIMITS.board.seatPortfolio.maxLength, description: "e.g. Financiën en fondsenwerving" }),
  responsibilities: Type.String({ maxLength: LIMITS.board.seatResponsibilities.maxLength }),
};

export const NewSeatBody = Type.Object(
  { function: seatText.function, portfolio: Type.Optional(seatText.portfolio), responsibilities: Type.Optional(seatText.responsibilities) },
  { additionalProperties: false },
);
export type NewSeatBody = Static<typeof NewSeatBody>;

export const SeatUpdateBody = Type.Object(
  {
    function: Type.Optional(seatText.function),
    portfolio: Type.Optional(seatText.portfolio),
    responsibilities: Type.Optional(seatText.responsibilities),
    version: Type.String({ minLength: 1, maxLength: 64, description: "The seat's version you edited; a stale one gets 409" }),
  },
  { additionalProperties: false },
);
export type SeatUpdateBody = Static<typeof SeatUpdateBody>;

export const AbolishSeatBody = Type.Object(
  {
    abolishedOn: Type.Optional({ ...CalendarDate, description: "The first day without the seat; defaults to today and cannot be in the future" }),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type AbolishSeatBody = Static<typeof AbolishSeatBody>;

export const SeatView = Type.Object({
  seatId: Type.String(),
  function: Type.String(),
  portfolio: Type.String(),
  responsibilities: Type.String(),
  position: Type.Integer(),
  abolishedOn: Nullable(Type.String({ description: "YYYY-MM-DD" })),
  version: Type.String(),
});
export type SeatView = Static<typeof SeatView>;

export const SeatResponse = Type.Object({ seat: SeatView });
export type SeatResponse = Static<typeof SeatResponse>;

export const FormerBoardMember = Type.Object({
  personId: Type.String(),
  name: Type.String(),
  functions: Type.Array(Type.String()),
  firstStart: Type.String(),
  lastDay: Type.String(),
});
export type FormerBoardMember = Static<typeof FormerBoardMember>;

export const BoardResponse = Type.Object({
  asOf: Type.String({ description: "Today in the branch's time zone" }),
  seats: Type.Array(BoardSeatView),
  formerMembers: Type.Array(FormerBoardMember, { description: "People who held a seat and hold none today" }),
  abolishedSeats: Type.Array(AbolishedSeatView, { description: "Seats abolished on or before today, most recently abolished first" }),
});
export type BoardResponse = Static<typeof BoardResponse>;

export const ReappointBody = Type.Object(
  {
    startDate: Type.Optional({ ...CalendarDate, description: "Defaults to the end of the current term, or today if that has passed" }),
    decidedOn: Type.Optional({ ...CalendarDate, description: "The meeting or date of the decision; defaults to the start" }),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type ReappointBody = Static<typeof ReappointBody>;

export const DepartureBody = Type.Object(
  {
    lastDay: Type.Optional({ ...CalendarDate, description: "Last day in office; defaults to today, or the term's end if that has passed" }),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type DepartureBody = Static<typeof DepartureBody>;

export const InterimBody = Type.Object(
  {
    personId: Type.String({ format: "uuid", description: "A member of this branch" }),
    startDate: Type.Optional({ ...CalendarDate, description: "Defaults to today" }),
    endDate: Type.Optional({ ...CalendarDate, description: "Defaults to the end of the predecessor's term, or a full term" }),
    decidedOn: Type.Optional(CalendarDate),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type InterimBody = Static<typeof InterimBody>;

export const StandingAgainBody = Type.Object({ standingAgain: StandingAgainSchema }, { additionalProperties: false });
export type StandingAgainBody = Static<typeof StandingAgainBody>;

export const PolicyBody = Type.Object(
  { ...policyFields, version: Type.Integer({ minimum: 1, description: "The version you edited; a stale one gets 409" }) },
  { additionalProperties: false },
);
export type PolicyBody = Static<typeof PolicyBody>;

export const TermResponse = Type.Object({ term: BoardTermView });
export type TermResponse = Static<typeof TermResponse>;

export const PolicyResponse = Type.Object({ policy: TermPolicyView });
export type PolicyResponse = Static<typeof PolicyResponse>;

export const StaggeringProposalView = Type.Object({
  sharedEndDate: Type.String(),
  terms: Type.Array(
    Type.Object({
      seatId: Type.String(),
      personId: Type.String(),
      name: Type.String(),
      function: Type.String(),
      startDate: Type.String(),
      endDate: Type.String(),
      months: Type.Integer(),
    }),
  ),
  skipped: Type.Array(
    Type.Object({
      seatId: Type.String(),
      personId: Type.String(),
      name: Type.String(),
      reason: Type.Union([Type.Literal("term_limit"), Type.Literal("not_standing_again"), Type.Literal("already_followed_up")]),
    }),
  ),
});
export type StaggeringProposalView = Static<typeof StaggeringProposalView>;

export const StaggeringResponse = Type.Object({ proposal: Nullable(StaggeringProposalView) });
export type StaggeringResponse = Static<typeof StaggeringResponse>;

export const ApplyStaggeringBody = Type.Object(
  {
    seatIds: Type.Array(Type.String({ format: "uuid" }), {
      minItems: LIMITS.board.staggeringSeats.minItems,
      maxItems: LIMITS.board.staggeringSeats.maxItems,
      uniqueItems: true,
      description: "The seats of the proposal you confirmed; if the proposal has changed since, you get 409",
    }),
    decidedOn: Type.Optional(CalendarDate),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type ApplyStaggeringBody = Static<typeof ApplyStaggeringBody>;

export const TermsResponse = Type.Object({ terms: Type.Array(BoardTermView) });
export type TermsResponse = Static<typeof TermsResponse>;

export const ROSTER_EVENT_KINDS = ["elected", "reappointed", "departed", "interim_appointed", "standing_again_recorded", "policy_changed", "staggering_applied", "seat_added", "seat_changed", "seat_abolished"] as const;
export type RosterEventKind = (typeof ROSTER_EVENT_KINDS)[number];

/** What a RosterEvent row keeps besides its person, seat and term: the facts of that change. */
export const RosterEventDetails = Type.Object({
  startDate: Type.Optional(Type.String()),
  endDate: Type.Optional(Type.String()),
  lastDay: Type.Optional(Type.String()),
  decidedOn: Type.Optional(Type.String()),
  standingAgain: Type.Optional(StandingAgainSchema),
  policy: Type.Optional(Type.Object(policyFields)),
  termCount: Type.Optional(Type.Integer()),
  cancelledTermIds: Type.Optional(Type.Array(Type.String())),
  abolishedOn: Type.Optional(Type.String()),
  function: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
});
export type RosterEventDetails = Static<typeof RosterEventDetails>;

export const RosterEventView = Type.Object({
  id: Type.String(),
  kind: Type.Union(ROSTER_EVENT_KINDS.map((kind) => Type.Literal(kind))),
  createdAt: Type.String({ description: "ISO 8601 instant" }),
  person: Nullable(Type.Object({ personId: Type.String(), name: Type.String() })),
  seatFunction: Nullable(Type.String()),
  actorName: Nullable(Type.String({ description: "Who recorded it; null for imported or seeded history" })),
  details: RosterEventDetails,
});
export type RosterEventView = Static<typeof RosterEventView>;

export const RosterHistoryResponse = Type.Object({ events: Type.Array(RosterEventView, { description: "Newest first" }) });
export type RosterHistoryResponse = Static<typeof RosterHistoryResponse>;
