import { describe, expect, it } from "vitest";
import type { MeetingKind } from "../schemas/calendar.ts";
import { findClashes, plannedParity, type ClashMeeting, type DayOff } from "./clashes.ts";

const names = new Map([
  ["latifa", "Latifa Salmi"],
  ["yuval", "Yuval Gal"],
  ["tim", "Tim Kies"],
  ["nadine", "Nadine Avéres"],
]);
const meeting = (seriesId: string, kind: MeetingKind, date: string, attendeeIds: string[]): ClashMeeting => ({ seriesId, title: seriesId, kind, date, attendeeIds });
// Around Christmas 2026: 25 December is a Friday in (even) week 52; kerstvakantie runs 19 December to 3 January.
const daysOff: DayOff[] = [
  { from: "2026-12-25", to: "2026-12-25", name: "Eerste Kerstdag", kind: "public" },
  { from: "2026-12-26", to: "2026-12-26", name: "Tweede Kerstdag", kind: "public" },
  { from: "2026-12-19", to: "2027-01-03", name: "Kerstvakantie", kind: "school" },
];
const others = [
  meeting("board", "board", "2026-12-01", ["latifa", "yuval"]), // Tuesday, week 49 (odd)
  meeting("communicatie", "working_group", "2026-12-07", ["latifa", "tim"]), // Monday, week 50 (even)
];
const check = (proposed: ClashMeeting) => findClashes({ proposed: [proposed], others, names, daysOff });

describe("findClashes", () => {
  it.each([
    {
      what: "a branch meeting on 25 December: public and school holiday",
      proposed: meeting("branch", "branch_meeting", "2026-12-25", ["nadine"]),
      expected: [
        // 26 December is Tweede Kerstdag; 24 December is no public holiday (and the school holiday was there already).
        { kind: "public_holiday", holiday: "Eerste Kerstdag", week: "2026-W52", suggestedDate: "2026-12-24" },
        // The nearest day outside kerstvakantie: Friday 18 December (7 days back) before 4 January (10 ahead).
        { kind: "school_holiday", holiday: "Kerstvakantie", suggestedDate: "2026-12-18" },
      ],
    },
    {
      what: "a board meeting in an even week",
      proposed: meeting("board-extra", "board", "2026-12-08", ["nadine"]),
      // Sunday 6 December (week 49) is the nearest odd-week day.
      expected: [{ kind: "wrong_week_parity", expectedParity: "odd", week: "2026-W50", suggestedDate: "2026-12-06" }],
    },
    {
      what: "a working group in an odd week",
      proposed: meeting("organizing", "working_group", "2026-12-15", ["nadine"]),
      // Monday 14 December is week 51 as well; Sunday 13 December is the last day of week 50.
      expected: [{ kind: "wrong_week_parity", expectedParity: "even", week: "2026-W51", suggestedDate: "2026-12-13" }],
    },
    {
      what: "a theme evening on a working group's evening: the shared members by name, counted",
      proposed: meeting("theme", "theme", "2026-12-07", ["latifa", "yuval", "tim"]),
      expected: [
        // The next day is still the working group's week (already overloaded), but no longer its evening.
        {
          kind: "shared_members_same_evening",
          people: [
            { personId: "latifa", name: "Latifa Salmi" },
            { personId: "tim", name: "Tim Kies" },
          ],
          count: 2,
          meetings: [{ seriesId: "communicatie", title: "communicatie", date: "2026-12-07" }],
          suggestedDate: "2026-12-08",
        },
        { kind: "member_week_overloaded", count: 2, week: "2026-W50" },
      ],
    },
    {
      what: "a second meeting in a member's week",
      proposed: meeting("politieke-agenda", "working_group", "2026-12-09", ["yuval", "tim"]),
      // Even weeks only (a working group) and not week 50 (Tim's other meeting): Sunday 29 November, the last
      // day of week 48, is 10 days back; week 52 (12 days ahead) would be nearer than week 48's Friday, but is kerstvakantie.
      expected: [{ kind: "member_week_overloaded", people: [{ personId: "tim", name: "Tim Kies" }], count: 1, meetings: [{ seriesId: "communicatie", title: "communicatie", date: "2026-12-07" }], suggestedDate: "2026-11-29" }],
    },
    {
      what: "a board meeting in an odd week with nothing else that week",
      proposed: meeting("board-extra", "board", "2026-12-15", ["latifa", "yuval"]),
      expected: [],
    },
  ])("$what", ({ proposed, expected }) => {
    const clashes = check(proposed);
    expect(clashes).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(clashes[index]).toMatchObject({ date: proposed.date, ...want }));
  });

  it("counts a series' own meetings against each other (two in one week overload its members)", () => {
    const proposed = [meeting("board-extra", "board", "2026-12-29", ["nadine"]), meeting("board-extra", "board", "2027-01-02", ["nadine"])];
    const clashes = findClashes({ proposed, others: [], names, daysOff: [] });
    expect(clashes.map((clash) => [clash.kind, clash.date, clash.count])).toEqual([
      ["member_week_overloaded", "2026-12-29", 1],
      ["member_week_overloaded", "2027-01-02", 1],
    ]);
  });

  it("gives no suggestion when every day within four weeks clashes", () => {
    const allWinter: DayOff[] = [{ from: "2026-11-01", to: "2027-02-28", name: "Lange vakantie", kind: "school" }];
    const [clash] = findClashes({ proposed: [meeting("branch", "branch_meeting", "2026-12-25", ["nadine"])], others: [], names, daysOff: allWinter });
    expect(clash).toMatchObject({ kind: "school_holiday", suggestedDate: null });
  });

  it.each([
    ["board", "odd"],
    ["working_group", "even"],
    ["branch_meeting", null],
    ["theme", null],
    ["other", null],
  ] as const)("the plan's rhythm for %s: %s weeks", (kind, parity) => {
    expect(plannedParity(kind)).toBe(parity);
  });
});
