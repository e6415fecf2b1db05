import { Type, type Static } from "@sinclair/typebox";
import { IsoDate } from "./common.ts";

/**
 * What can be wrong with a meeting's date (issue 18): against the plan's rhythm (board in odd ISO weeks,
 * working groups in even ones), another meeting that evening with the same people, a member's week with
 * more than one meeting, a Dutch public holiday, a school holiday in the branch's region. Warnings only:
 * saving stays possible.
 */
export const CLASH_KINDS = ["wrong_week_parity", "shared_members_same_evening", "member_week_overloaded", "public_holiday", "school_holiday"] as const;
export type ClashKind = (typeof CLASH_KINDS)[number];

const ClashMeetingRef = Type.Object({ seriesId: Type.String(), title: Type.String(), date: IsoDate });

export const ClashView = Type.Object({
  kind: Type.Union(CLASH_KINDS.map((kind) => Type.Literal(kind))),
  date: IsoDate,
  week: Type.String({ description: "ISO week of the date, e.g. 2026-W52" }),
  suggestedDate: Type.Union([IsoDate, Type.Null()], {
    description: "The nearest date (within four weeks) without this clash and without any kind of clash the date did not already have; null when there is none",
  }),
  expectedParity: Type.Union([Type.Literal("odd"), Type.Literal("even"), Type.Null()], { description: "wrong_week_parity: the weeks the plan wants" }),
  people: Type.Array(Type.Object({ personId: Type.String(), name: Type.String() }), { description: "shared_members_same_evening, member_week_overloaded: who, by name" }),
  count: Type.Integer({ minimum: 0, description: "How many people (the length of people)" }),
  meetings: Type.Array(ClashMeetingRef, { description: "The other meetings involved" }),
  holiday: Type.Union([Type.String(), Type.Null()], { description: "public_holiday, school_holiday: its Dutch name" }),
});
export type ClashView = Static<typeof ClashView>;

export const ClashCheckResponse = Type.Object({
  from: IsoDate,
  to: IsoDate,
  clashes: Type.Array(ClashView, { description: "Sorted by date, then kind" }),
});
export type ClashCheckResponse = Static<typeof ClashCheckResponse>;
