import { getISOWeek, getISOWeekYear, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  applyExceptions,
  exceptionProblems,
  MOVE_MARGIN_DAYS,
  occurrencesInWindow,
  overloadedWeeks,
  weeklyLoad,
  type AttendedOccurrence,
  type ExceptionInput,
  type SeriesForExpansion,
} from "./occurrences.ts";
import { expandSchedule, type Schedule } from "./schedule.ts";

const TZ = "Europe/Amsterdam";
const boardSchedule: Schedule = { recurrence: { kind: "odd_weeks", weekday: 2 }, startTime: "19:30", durationMinutes: 120, validFrom: "2026-09-01", validUntil: null };
const defaults = { location: "Stek, Den Haag", mode: "in_person" as const };

function exception(date: string, status: ExceptionInput["status"], changes: Partial<ExceptionInput> = {}): ExceptionInput {
  return { date, status, startLocal: null, endLocal: null, location: null, mode: null, reason: "", ...changes };
}

function series(id: string, schedule: Schedule, exceptions: ExceptionInput[] = []): SeriesForExpansion {
  return { id, schedule, exceptions, ...defaults };
}

describe("applyExceptions", () => {
  const planned = expandSchedule(boardSchedule, { from: "2026-12-01", to: "2027-01-31" }, TZ);
  // planned: 12-01 (W49), 12-15 (W51), 12-29 (W53), 01-05 (W1), 01-19 (W3)

  it("without exceptions: everything scheduled at the series' place", () => {
    const got = applyExceptions(planned, [], defaults, TZ);
    expect(got.map((o) => [o.date, o.status, o.location, o.mode, o.reason])).toEqual(planned.map((o) => [o.date, "scheduled", defaults.location, "in_person", ""]));
  });

  it.each([
    ["cancelled", exception("2026-12-29", "cancelled", { reason: "Kerstreces" }), { status: "cancelled", reason: "Kerstreces", start: "2026-12-29T19:30:00+01:00", isoWeek: 53 }],
    [
      "moved into another week",
      exception("2026-12-01", "moved", { startLocal: "2026-12-10T20:00", endLocal: "2026-12-10T22:15", reason: "Zaal bezet" }),
      {
        status: "moved",
        date: "2026-12-01",
        startLocal: "2026-12-10T20:00",
        endLocal: "2026-12-10T22:15",
        start: "2026-12-10T20:00:00+01:00",
        end: "2026-12-10T22:15:00+01:00",
        startsAt: Date.UTC(2026, 11, 10, 19, 0),
        endsAt: Date.UTC(2026, 11, 10, 21, 15),
        isoWeek: 50,
        isoWeekYear: 2026,
        parity: "even",
      },
    ],
    [
      "moved across the new year and DST-free",
      exception("2026-12-29", "moved", { startLocal: "2027-01-04T19:30", endLocal: "2027-01-04T21:30" }),
      { status: "moved", isoWeek: 1, isoWeekYear: 2027, parity: "odd", start: "2027-01-04T19:30:00+01:00" },
    ],
    [
      "moved without an end keeps its duration",
      exception("2027-01-05", "moved", { startLocal: "2027-01-06T18:00" }),
      { status: "moved", end: "2027-01-06T20:00:00+01:00", endLocal: "2027-01-06T20:00" },
    ],
    [
      "changed place",
      exception("2026-12-15", "scheduled", { location: "Jitsi", mode: "online", reason: "Storm" }),
      { status: "scheduled", location: "Jitsi", mode: "online", reason: "Storm", start: "2026-12-15T19:30:00+01:00" },
    ],
    ["changed mode only", exception("2026-12-15", "scheduled", { mode: "hybrid" }), { status: "scheduled", location: defaults.location, mode: "hybrid" }],
  ])("%s", (_label, change, expected) => {
    const got = applyExceptions(planned, [change], defaults, TZ);
    expect(got).toHaveLength(planned.length); // cancelled and moved occurrences stay in the list
    const changed = got.find((o) => o.date === change.date);
    expect(changed).toMatchObject(expected);
    // ISO week fields follow the local start date, by date-fns
    const startDay = parseISO(changed!.startLocal.slice(0, 10));
    expect([changed!.isoWeek, changed!.isoWeekYear]).toEqual([getISOWeek(startDay), getISOWeekYear(startDay)]);
    for (const other of got.filter((o) => o.date !== change.date)) expect(other.status).toBe("scheduled");
  });

  it("ignores an exception for a date that is not an occurrence, and keeps the order by start", () => {
    const got = applyExceptions(
      planned,
      [exception("2026-12-08", "cancelled"), exception("2026-12-01", "moved", { startLocal: "2026-12-16T19:30", endLocal: "2026-12-16T21:30" })],
      defaults,
      TZ,
    );
    expect(got.map((o) => [o.date, o.status])).toEqual([
      ["2026-12-15", "scheduled"],
      ["2026-12-01", "moved"],
      ["2026-12-29", "scheduled"],
      ["2027-01-05", "scheduled"],
      ["2027-01-19", "scheduled"],
    ]);
  });
});

describe("occurrencesInWindow", () => {
  const window = { from: "2026-12-01", to: "2027-01-31" };
  const board = series("board", boardSchedule, [
    exception("2026-12-29", "cancelled", { reason: "Kerstreces" }),
    exception("2027-01-19", "moved", { startLocal: "2027-02-04T19:30", endLocal: "2027-02-04T21:30" }), // out of the window
    exception("2026-11-17", "moved", { startLocal: "2026-12-03T19:30", endLocal: "2026-12-03T21:30" }), // into the window
    exception("2026-12-15", "scheduled", { location: "Jitsi", mode: "online" }),
  ]);
  const branch = series("branch", { ...boardSchedule, recurrence: { kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=+1TH" } });

  it("applies exceptions and places moved meetings by their new date", () => {
    const got = occurrencesInWindow([board, branch], window, TZ);
    expect(got.map(({ series, occurrence: o }) => [series.id, o.date, o.startLocal, o.status])).toEqual([
      ["board", "2026-12-01", "2026-12-01T19:30", "scheduled"],
      ["board", "2026-11-17", "2026-12-03T19:30", "moved"], // same time as the branch meeting: "board" < "branch"
      ["branch", "2026-12-03", "2026-12-03T19:30", "scheduled"],
      ["board", "2026-12-15", "2026-12-15T19:30", "scheduled"],
      ["board", "2026-12-29", "2026-12-29T19:30", "cancelled"],
      ["board", "2027-01-05", "2027-01-05T19:30", "scheduled"],
      ["branch", "2027-01-07", "2027-01-07T19:30", "scheduled"],
    ]);
    expect(got[3]!.occurrence).toMatchObject({ location: "Jitsi", mode: "online" });
    expect(got[0]!.series).toBe(board); // the caller's own objects come back
  });

  it("shows a meeting moved out of one window in the window of its new date", () => {
    const february = occurrencesInWindow([board], { from: "2027-02-01", to: "2027-02-28" }, TZ);
    expect(february.map(({ occurrence: o }) => [o.date, o.startLocal, o.status, o.isoWeek])).toEqual([
      ["2027-02-02", "2027-02-02T19:30", "scheduled", 5],
      ["2027-01-19", "2027-02-04T19:30", "moved", 5],
      ["2027-02-16", "2027-02-16T19:30", "scheduled", 7],
    ]);
    const november = occurrencesInWindow([board], { from: "2026-11-01", to: "2026-11-30" }, TZ);
    expect(november.map(({ occurrence: o }) => o.date)).toEqual(["2026-11-03"]); // 11-17 moved to December
  });

  it("orders equal starts by series id", () => {
    const got = occurrencesInWindow([series("b", boardSchedule), series("a", boardSchedule)], { from: "2026-12-01", to: "2026-12-01" }, TZ);
    expect(got.map(({ series }) => series.id)).toEqual(["a", "b"]);
  });
});

describe("weeklyLoad", () => {
  const window = { from: "2026-11-30", to: "2027-01-17" };
  const board = series("board", boardSchedule, [
    exception("2026-12-29", "cancelled"),
    exception("2026-12-01", "moved", { startLocal: "2026-12-10T19:30", endLocal: "2026-12-10T21:30" }),
  ]);
  const communicatie = series("wg-com", { ...boardSchedule, recurrence: { kind: "even_weeks", weekday: 1 } });
  const attendees: Record<string, string[]> = { board: ["latifa", "nadine"], "wg-com": ["latifa", "martijn", "latifa"] };
  const items: AttendedOccurrence[] = occurrencesInWindow([board, communicatie], window, TZ).map(({ series, occurrence }) => ({
    personIds: attendees[series.id] ?? [],
    occurrence,
    seriesId: series.id,
  }));
  const load = weeklyLoad(items);
  const counts = (person: string) => Object.fromEntries([...(load.get(person) ?? new Map<string, AttendedOccurrence[]>())].map(([week, list]) => [week, list.length]));

  it.each([
    // W49: board moved away (to W50); W50: board (moved) + Communicatie on Monday 12-07; W53: board cancelled
    ["latifa", { "2026-W50": 2, "2026-W51": 1, "2026-W52": 1, "2027-W01": 1, "2027-W02": 1 }],
    ["nadine", { "2026-W50": 1, "2026-W51": 1, "2027-W01": 1 }],
    ["martijn", { "2026-W50": 1, "2026-W52": 1, "2027-W02": 1 }],
    ["nobody", {}],
  ])("%s", (person, expected) => {
    expect(counts(person)).toEqual(expected);
  });

  it("keeps the items, and flags weeks with more than one meeting", () => {
    expect(load.get("latifa")?.get("2026-W50")?.map((item) => item.seriesId)).toEqual(["wg-com", "board"]);
    expect(overloadedWeeks(load).map(({ personId, week }) => `${personId} ${week}`)).toEqual(["latifa 2026-W50"]);
    expect(overloadedWeeks(load, 2)).toEqual([]);
  });

  it("does not count cancelled meetings", () => {
    const all = items.filter((item) => item.occurrence.status === "cancelled");
    expect(all.map((item) => item.occurrence.date)).toEqual(["2026-12-29"]);
    expect(load.get("nadine")?.has("2026-W53")).toBe(false);
  });
});

describe("exceptionProblems", () => {
  it.each([
    exception("2026-12-29", "cancelled", { reason: "Kerstreces" }),
    exception("2026-12-29", "moved", { startLocal: "2027-01-04T19:30", endLocal: "2027-01-04T21:30" }),
    exception("2026-12-29", "scheduled", { location: "Jitsi" }),
    exception("2026-12-29", "scheduled", { mode: "online" }),
  ])("accepts %j", (change) => {
    expect(exceptionProblems(change, boardSchedule, TZ)).toEqual([]);
  });

  it.each([
    ["not a meeting day", exception("2026-12-22", "cancelled"), /no meeting planned on 2026-12-22/],
    ["not a date", exception("2026-12-32", "cancelled"), /not a date/],
    ["move without a start", exception("2026-12-29", "moved", { endLocal: "2027-01-04T21:30" }), /needs a new start/],
    ["move without an end", exception("2026-12-29", "moved", { startLocal: "2027-01-04T19:30" }), /needs a new end/],
    ["end before start", exception("2026-12-29", "moved", { startLocal: "2027-01-04T19:30", endLocal: "2027-01-04T19:00" }), /must be after the new start/],
    ["longer than a day", exception("2026-12-29", "moved", { startLocal: "2027-01-04T19:30", endLocal: "2027-01-05T20:00" }), /at most 24 hours/],
    ["moved too far", exception("2026-12-29", "moved", { startLocal: "2027-03-02T19:30", endLocal: "2027-03-02T21:30" }), new RegExp(`at most ${MOVE_MARGIN_DAYS} days`)],
    ["nothing changes", exception("2026-12-29", "scheduled"), /new location or mode/],
  ])("%s", (_label, change, message) => {
    expect(exceptionProblems(change, boardSchedule, TZ).join(" ")).toMatch(message);
  });
});
