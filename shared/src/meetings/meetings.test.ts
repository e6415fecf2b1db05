import { describe, expect, it } from "vitest";
import type { ExceptionInput } from "../calendar/occurrences.ts";
import { agendaTiming } from "./agendaTiming.ts";
import { attendanceFigures } from "./attendance.ts";
import { carryPlan, isOftenPostponed, isUnhandled, nextOccurrenceDate, type SeriesSchedule } from "./carryOver.ts";
import { itemHistory, referralHops, referralProblem, type ChainItem } from "./referrals.ts";

const TZ = "Europe/Amsterdam";
// The demo board: Tuesdays in odd ISO weeks. 2026-11-24 is week 48 (even), so the board meets 2026-12-01 (W49).
const board = (exceptions: ExceptionInput[] = [], validUntil: string | null = null): SeriesSchedule => ({
  schedule: { recurrence: { kind: "odd_weeks", weekday: 2 }, startTime: "19:30", durationMinutes: 120, validFrom: "2022-09-01", validUntil },
  exceptions,
  location: "Buurthuis",
  mode: "hybrid",
});
const cancel = (date: string): ExceptionInput => ({ date, status: "cancelled", startLocal: null, endLocal: null, location: null, mode: null, reason: "Kerst" });

describe("nextOccurrenceDate", () => {
  it("takes the next planned meeting of the series", () => {
    expect(nextOccurrenceDate(board(), "2026-11-17", TZ)).toBe("2026-12-01");
  });

  it("skips cancelled occurrences", () => {
    expect(nextOccurrenceDate(board([cancel("2026-12-01"), cancel("2026-12-15")]), "2026-11-17", TZ)).toBe("2026-12-29");
  });

  it("meets in week 53 and again in week 1 across the turn of 2026", () => {
    expect(nextOccurrenceDate(board(), "2026-12-29", TZ)).toBe("2027-01-05");
  });

  it("keeps the planned date as the key of a moved meeting", () => {
    const moved: ExceptionInput = { date: "2026-12-01", status: "moved", startLocal: "2026-12-03T19:30", endLocal: "2026-12-03T21:30", location: null, mode: null, reason: "" };
    expect(nextOccurrenceDate(board([moved]), "2026-11-17", TZ)).toBe("2026-12-01");
  });

  it("answers null when the series has ended", () => {
    expect(nextOccurrenceDate(board([], "2026-11-30"), "2026-11-17", TZ)).toBeNull();
  });
});

describe("carry-over counts", () => {
  it.each([
    ["open", 0, 1, "postponed"],
    ["postponed", 1, 2, "postponed"],
    ["proposed", 0, 0, "proposed"],
  ] as const)("an item %s with %i postponements arrives with %i", (status, before, after, leftBehindAs) => {
    expect(carryPlan({ status, postponedCount: before })).toEqual({ postponedCount: after, leftBehindAs });
  });

  it("moves only what was not dealt with", () => {
    expect((["proposed", "open", "handled", "postponed", "referred", "declined"] as const).filter(isUnhandled)).toEqual(["proposed", "open", "postponed"]);
  });

  it("flags items postponed twice or more", () => {
    expect([0, 1, 2, 3].map(isOftenPostponed)).toEqual([false, false, true, true]);
  });
});

describe("agendaTiming", () => {
  it("warns when the estimated minutes exceed the meeting's length, counting only items on the agenda", () => {
    const items = [
      { status: "open", estimatedMinutes: 60 },
      { status: "handled", estimatedMinutes: 45 },
      { status: "postponed", estimatedMinutes: 30 },
      { status: "proposed", estimatedMinutes: 90 },
      { status: "declined", estimatedMinutes: 90 },
    ];
    const timing = agendaTiming(items, 120);
    expect(timing).toMatchObject({ estimatedMinutes: 135, durationMinutes: 120, overByMinutes: 15 });
    expect(timing.warning).toMatch(/135 minutes but the meeting lasts 120/);
  });

  it("is quiet when the agenda fits exactly", () => {
    expect(agendaTiming([{ status: "open", estimatedMinutes: 120 }], 120)).toMatchObject({ overByMinutes: 0, warning: null });
  });
});

describe("referrals between bodies", () => {
  const wg = { kind: "working_group" as const, seriesId: "wg" };
  const boardSeries = { kind: "board" as const, seriesId: "board" };
  const branchMeeting = { kind: "branch_meeting" as const, seriesId: "am" };
  const theme = { kind: "theme" as const, seriesId: "theme" };

  it.each([
    [wg, boardSeries, true],
    [wg, branchMeeting, true],
    [boardSeries, wg, true],
    [branchMeeting, wg, true],
    [boardSeries, branchMeeting, false],
    [wg, { kind: "working_group" as const, seriesId: "wg2" }, false],
    [wg, theme, false],
    [wg, wg, false],
  ])("%o → %o allowed: %s", (from, to, allowed) => {
    expect(referralProblem(from, to) === null).toBe(allowed);
  });

  it("rebuilds an item's history: created, carried over, referred to the board and back", () => {
    const row = (id: string, previousItemId: string | null, origin: string, seriesId: string, date: string, status: string, postponedCount = 0, referralNote = ""): ChainItem => ({
      id, previousItemId, origin, seriesId, date, status, postponedCount, referralNote,
    });
    const steps = itemHistory([
      row("d", "c", "referred", "wg", "2026-12-14", "open", 1, "Uitvoeren"),
      row("b", "a", "carried_over", "wg", "2026-11-16", "referred", 1),
      row("a", null, "new", "wg", "2026-11-02", "postponed"),
      row("c", "b", "referred", "board", "2026-12-01", "referred", 1, "Budget nodig"),
    ]);
    expect(steps.map((step) => [step.id, step.how, step.fromSeriesId])).toEqual([
      ["a", "created", null],
      ["b", "carried_over", null],
      ["c", "referred", "wg"],
      ["d", "referred", "board"],
    ]);
    expect(referralHops(steps)).toEqual([
      { from: "wg", to: "board", date: "2026-12-01", note: "Budget nodig" },
      { from: "board", to: "wg", date: "2026-12-14", note: "Uitvoeren" },
    ]);
  });
});

describe("attendanceFigures", () => {
  it("counts per member and per series", () => {
    const { byPerson, bySeries } = attendanceFigures([
      { seriesId: "board", date: "2026-11-03", personId: "tim", presence: "present" },
      { seriesId: "board", date: "2026-11-03", personId: "nadine", presence: "excused" },
      { seriesId: "board", date: "2026-11-17", personId: "tim", presence: "absent" },
      { seriesId: "board", date: "2026-11-17", personId: "nadine", presence: "present" },
      { seriesId: "wg", date: "2026-11-09", personId: "tim", presence: "present" },
    ]);
    expect(byPerson.get("tim")).toEqual({ recorded: 3, present: 2, absent: 1, excused: 0, presentPercent: 67 });
    expect(byPerson.get("nadine")).toEqual({ recorded: 2, present: 1, absent: 0, excused: 1, presentPercent: 50 });
    expect(bySeries.get("board")).toEqual({ recorded: 4, present: 2, absent: 1, excused: 1, presentPercent: 50, meetings: 2 });
    expect(bySeries.get("wg")?.meetings).toBe(1);
  });
});
