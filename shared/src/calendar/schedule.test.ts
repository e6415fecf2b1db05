import { addDays, format, getISODay, getISOWeek, getISOWeekYear, parseISO } from "date-fns";
import { afterEach, describe, expect, it } from "vitest";
import { clearIsoWeekCache } from "./isoWeek.ts";
import { clearOffsetMemo } from "./localTime.ts";
import { expandSchedule, isPlannedOccurrence, plannedDates, scheduleHints, scheduleProblems, type Schedule } from "./schedule.ts";

const TZ = "Europe/Amsterdam";
const HOST_ZONES = ["UTC", "Europe/Amsterdam", "America/New_York", "Pacific/Kiritimati", "Asia/Kolkata"];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

function schedule(recurrence: Schedule["recurrence"], overrides: Partial<Schedule> = {}): Schedule {
  return { recurrence, startTime: "19:30", durationMinutes: 120, validFrom: "2022-09-01", validUntil: null, ...overrides };
}

/** Every day in [from, to], as date-fns sees it (the independent reference). */
function daysBetween(from: string, to: string): Date[] {
  const days: Date[] = [];
  for (let day = parseISO(from); format(day, "yyyy-MM-dd") <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

const ymd = (day: Date) => format(day, "yyyy-MM-dd");

describe("odd and even weeks", () => {
  const windows: [string, string][] = [
    ["2026-01-01", "2028-12-31"],
    ["2032-11-01", "2033-02-28"], // 2032 has 53 weeks
    ["2038-12-01", "2039-01-31"], // 2039-01-01 is week 52 of 2038: rrule's BYWEEKNO says 53
  ];
  const cases = (["odd_weeks", "even_weeks"] as const).flatMap((kind) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => [kind, weekday] as const));

  it.each(cases)("%s on weekday %i: exactly the days of that weekday in weeks of that parity (date-fns)", (kind, weekday) => {
    const parity = kind === "odd_weeks" ? 1 : 0;
    for (const [from, to] of windows) {
      const got = expandSchedule(schedule({ kind, weekday }), { from, to }, TZ);
      const expected = daysBetween(from, to).filter((day) => getISODay(day) === weekday && getISOWeek(day) % 2 === parity);
      expect(got.map((o) => o.date)).toEqual(expected.map(ymd));
      for (const [i, occurrence] of got.entries()) {
        const day = expected[i] as Date;
        expect([occurrence.isoWeek, occurrence.isoWeekYear, occurrence.parity]).toEqual([getISOWeek(day), getISOWeekYear(day), parity ? "odd" : "even"]);
      }
      // so: one meeting in every week of the right parity
      const weeks = got.map((o) => `${o.isoWeekYear}-${o.isoWeek}`);
      expect(new Set(weeks).size).toBe(weeks.length);
    }
  });

  it("the odd series meets in week 53 of 2026 and week 1 of 2027, one week apart", () => {
    const got = expandSchedule(schedule({ kind: "odd_weeks", weekday: 2 }), { from: "2026-12-01", to: "2027-01-31" }, TZ);
    expect(got.map((o) => [o.date, o.isoWeek])).toEqual([
      ["2026-12-01", 49],
      ["2026-12-15", 51],
      ["2026-12-29", 53],
      ["2027-01-05", 1],
      ["2027-01-19", 3],
    ]);
  });

  it.each([
    ["2026-12-01", "2027-01-31", "2026-12-22", "2027-01-12"],
    ["2032-12-01", "2033-01-31", "2032-12-21", "2033-01-11"],
  ])("the even series skips weeks 53 and 1 (%s..%s): three weeks between %s and %s", (from, to, before, after) => {
    const dates = plannedDates(schedule({ kind: "even_weeks", weekday: 2 }), { from, to });
    const i = dates.indexOf(before);
    expect(dates[i + 1]).toBe(after);
    expect((parseISO(after).getTime() - parseISO(before).getTime()) / 86_400_000).toBeCloseTo(21, 0);
    expect(dates.every((date) => getISOWeek(parseISO(date)) % 2 === 0)).toBe(true);
  });

  it("2039-01-01 (a Saturday in week 52 of 2038) belongs to the even series, not the odd one", () => {
    const window = { from: "2038-12-31", to: "2039-01-02" };
    expect(plannedDates(schedule({ kind: "even_weeks", weekday: 6 }), window)).toEqual(["2039-01-01"]);
    expect(plannedDates(schedule({ kind: "odd_weeks", weekday: 6 }), window)).toEqual([]);
  });

  it("starts at validFrom even mid-week, and stops at validUntil (inclusive)", () => {
    const odd = schedule({ kind: "odd_weeks", weekday: 2 }, { validFrom: "2026-12-30", validUntil: "2027-01-19" });
    expect(plannedDates(odd, { from: "2026-01-01", to: "2027-12-31" })).toEqual(["2027-01-05", "2027-01-19"]);
    expect(plannedDates({ ...odd, validUntil: "2027-01-18" }, { from: "2026-01-01", to: "2027-12-31" })).toEqual(["2027-01-05"]);
  });
});

describe("time zones and DST", () => {
  const board = schedule({ kind: "odd_weeks", weekday: 2 });

  it.each(HOST_ZONES)("a 19:30 meeting stays at 19:30 local across both changes (host TZ=%s)", (hostZone) => {
    process.env.TZ = hostZone;
    clearOffsetMemo();
    clearIsoWeekCache();
    const autumn = expandSchedule(board, { from: "2026-10-14", to: "2026-11-04" }, TZ);
    expect(autumn.map((o) => o.start)).toEqual(["2026-10-20T19:30:00+02:00", "2026-11-03T19:30:00+01:00"]);
    expect(autumn.map((o) => o.end)).toEqual(["2026-10-20T21:30:00+02:00", "2026-11-03T21:30:00+01:00"]);
    expect(autumn.map((o) => o.startLocal)).toEqual(["2026-10-20T19:30", "2026-11-03T19:30"]);
    expect(autumn.map((o) => o.startsAt)).toEqual([Date.UTC(2026, 9, 20, 17, 30), Date.UTC(2026, 10, 3, 18, 30)]);
    // clocks go back on 2026-10-25: two weeks and one hour between the instants
    expect(autumn[1]!.startsAt - autumn[0]!.startsAt).toBe(14 * 86_400_000 + 3_600_000);

    const spring = expandSchedule(board, { from: "2027-03-16", to: "2027-03-30" }, TZ);
    expect(spring.map((o) => o.start)).toEqual(["2027-03-16T19:30:00+01:00", "2027-03-30T19:30:00+02:00"]);
    // clocks go forward on 2027-03-28: two weeks less one hour
    expect(spring[1]!.startsAt - spring[0]!.startsAt).toBe(14 * 86_400_000 - 3_600_000);
    for (const o of [...autumn, ...spring]) {
      expect(o.endsAt - o.startsAt).toBe(120 * 60_000);
      expect([o.isoWeek, o.parity]).toEqual([getISOWeek(parseISO(o.date)), "odd"]);
    }
  });

  it.each(HOST_ZONES)("monthly rules give the same instants whatever the host zone (TZ=%s)", (hostZone) => {
    process.env.TZ = hostZone;
    clearOffsetMemo();
    const got = expandSchedule(schedule({ kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=-1SU" }), { from: "2026-09-01", to: "2027-04-30" }, TZ);
    // the last Sunday of October and of March are the change days themselves
    expect(got.map((o) => o.start)).toEqual([
      "2026-09-27T19:30:00+02:00",
      "2026-10-25T19:30:00+01:00",
      "2026-11-29T19:30:00+01:00",
      "2026-12-27T19:30:00+01:00",
      "2027-01-31T19:30:00+01:00",
      "2027-02-28T19:30:00+01:00",
      "2027-03-28T19:30:00+02:00",
      "2027-04-25T19:30:00+02:00",
    ]);
  });

  it("a meeting in the spring-forward gap starts when the clock allows; one across the change lasts its full duration", () => {
    const night = schedule({ kind: "single", date: "2027-03-28" }, { startTime: "01:30", durationMinutes: 120 });
    const [o] = expandSchedule(night, { from: "2027-03-28", to: "2027-03-28" }, TZ);
    expect([o!.start, o!.end, o!.endLocal]).toEqual(["2027-03-28T01:30:00+01:00", "2027-03-28T04:30:00+02:00", "2027-03-28T04:30"]);
    const inGap = expandSchedule({ ...night, startTime: "02:30", durationMinutes: 60 }, { from: "2027-03-28", to: "2027-03-28" }, TZ);
    expect(inGap.map((x) => [x.date, x.startLocal, x.start])).toEqual([["2027-03-28", "2027-03-28T03:30", "2027-03-28T03:30:00+02:00"]]);
  });

  it("works in other zones too", () => {
    const got = expandSchedule(schedule({ kind: "odd_weeks", weekday: 2 }), { from: "2026-12-29", to: "2026-12-29" }, "America/New_York");
    expect(got.map((o) => [o.start, o.startsAt])).toEqual([["2026-12-29T19:30:00-05:00", Date.UTC(2026, 11, 30, 0, 30)]]);
  });
});

describe("rules", () => {
  const window = { from: "2026-01-01", to: "2028-12-31" };

  it("first Thursday of every month", () => {
    const got = plannedDates(schedule({ kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=+1TH" }), window);
    const expected = daysBetween(window.from, window.to).filter((day) => getISODay(day) === 4 && day.getDate() <= 7);
    expect(got).toEqual(expected.map(ymd));
    expect(got).toHaveLength(36);
  });

  it("last Friday of every month", () => {
    const got = plannedDates(schedule({ kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=-1FR" }), window);
    const expected = daysBetween(window.from, window.to).filter((day) => getISODay(day) === 5 && addDays(day, 7).getMonth() !== day.getMonth());
    expect(got).toEqual(expected.map(ymd));
  });

  it.each([
    ["2026-01-01", "2035-12-31"],
    ["2031-02-01", "2031-12-31"],
    ["2030-01-17", "2030-05-20"],
    ["2033-06-01", "2033-06-30"],
  ])("the bimonthly third Wednesday keeps its months (Sep, Nov, Jan, …) in window %s..%s", (from, to) => {
    const theme = schedule({ kind: "rrule", rule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3WE" }, { validFrom: "2026-09-01" });
    const full = plannedDates(theme, { from: "2026-09-01", to: "2035-12-31" });
    const got = plannedDates(theme, { from, to });
    expect(got).toEqual(full.filter((date) => date >= from && date <= to));
    for (const date of got) {
      const day = parseISO(date);
      expect(getISODay(day)).toBe(3);
      expect(day.getDate()).toBeGreaterThanOrEqual(15);
      expect(day.getDate()).toBeLessThanOrEqual(21);
      expect(((day.getFullYear() - 2026) * 12 + day.getMonth() - 8) % 2).toBe(0);
    }
    expect(full.slice(0, 3)).toEqual(["2026-09-16", "2026-11-18", "2027-01-20"]);
  });

  it("weekly on Tuesday", () => {
    const got = plannedDates(schedule({ kind: "rrule", rule: "FREQ=WEEKLY;BYDAY=TU" }), window);
    expect(got).toEqual(daysBetween(window.from, window.to).filter((day) => getISODay(day) === 2).map(ymd));
  });

  it.each([
    [{ from: "2026-09-01", to: "2027-12-31" }, ["2026-09-01", "2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29"]],
    [{ from: "2026-09-10", to: "2026-09-30" }, ["2026-09-15", "2026-09-22", "2026-09-29"]],
    [{ from: "2026-09-30", to: "2027-12-31" }, []],
  ])("COUNT=5 counts from validFrom, whatever the window (%o)", (window, dates) => {
    const s = schedule({ kind: "rrule", rule: "FREQ=WEEKLY;BYDAY=TU;COUNT=5" }, { validFrom: "2026-09-01" });
    expect(plannedDates(s, window)).toEqual(dates);
  });

  it.each([
    ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20261013", null, "2026-10-13"],
    ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20261013T190000", null, "2026-10-06"],
    ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231", "2026-10-19", "2026-10-13"], // validUntil cuts first
    ["FREQ=WEEKLY;BYDAY=TU", "2026-10-20", "2026-10-20"], // validUntil is inclusive
  ])("%s with validUntil %s ends on %s", (rule, validUntil, last) => {
    const s = schedule({ kind: "rrule", rule }, { validFrom: "2026-09-01", validUntil });
    expect(plannedDates(s, { from: "2026-01-01", to: "2027-12-31" }).at(-1)).toBe(last);
  });

  it.each([
    [{ from: "2026-12-29", to: "2026-12-29" }, ["2026-12-29"]],
    [{ from: "2026-12-15", to: "2026-12-29" }, ["2026-12-15", "2026-12-29"]],
    [{ from: "2026-12-16", to: "2026-12-28" }, []],
    [{ from: "2026-12-30", to: "2026-12-29" }, []],
  ])("window edges are inclusive (%o)", (window, dates) => {
    expect(plannedDates(schedule({ kind: "odd_weeks", weekday: 2 }), window)).toEqual(dates);
    expect(plannedDates(schedule({ kind: "rrule", rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" }, { validFrom: "2026-12-01" }), window)).toEqual(dates);
  });

  it.each([
    [{ from: "2027-01-01", to: "2027-01-31" }, ["2027-01-05"]],
    [{ from: "2027-01-06", to: "2027-01-31" }, []],
  ])("a single meeting appears when its date is in the window (%o)", (window, dates) => {
    expect(plannedDates(schedule({ kind: "single", date: "2027-01-05" }, { validFrom: "2027-01-05", validUntil: "2027-01-05" }), window)).toEqual(dates);
  });
});

describe("isPlannedOccurrence", () => {
  it.each([
    [schedule({ kind: "odd_weeks", weekday: 2 }), "2026-12-29", true],
    [schedule({ kind: "odd_weeks", weekday: 2 }), "2026-12-22", false],
    [schedule({ kind: "odd_weeks", weekday: 2 }), "2022-08-30", false], // before validFrom
    [schedule({ kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=+1TH" }), "2026-12-03", true],
    [schedule({ kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=+1TH" }), "2026-12-10", false],
    [schedule({ kind: "single", date: "2027-01-05" }), "2027-01-05", true],
    [schedule({ kind: "single", date: "2027-01-05" }), "2027-01-06", false],
    [schedule({ kind: "odd_weeks", weekday: 2 }), "2026-12-29T19:30", false],
    [schedule({ kind: "odd_weeks", weekday: 2 }), "2026-02-30", false],
  ])("%# %s", (s, date, planned) => {
    expect(isPlannedOccurrence(s, date, TZ)).toBe(planned);
  });
});

describe("scheduleProblems", () => {
  it.each([
    schedule({ kind: "odd_weeks", weekday: 2 }),
    schedule({ kind: "even_weeks", weekday: 7 }, { validUntil: "2022-09-30" }),
    schedule({ kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=+1TH" }),
    schedule({ kind: "rrule", rule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3WE" }, { startTime: "00:00", durationMinutes: 1440 }),
    schedule({ kind: "rrule", rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" }, { durationMinutes: 5 }),
    schedule({ kind: "rrule", rule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29" }),
    schedule({ kind: "single", date: "2027-01-05" }, { validFrom: "2027-01-05", validUntil: "2027-01-05" }),
  ])("a good schedule has none: %j", (s) => {
    expect(scheduleProblems(s)).toEqual([]);
  });

  it.each([
    ["weekday 0", schedule({ kind: "odd_weeks", weekday: 0 }), /weekday must be 1 \(Monday\) to 7 \(Sunday\); got 0/],
    ["weekday 8", schedule({ kind: "even_weeks", weekday: 8 }), /got 8/],
    ["weekday 1.5", schedule({ kind: "even_weeks", weekday: 1.5 }), /got 1.5/],
    ["unparseable rule", schedule({ kind: "rrule", rule: "FREQ=WEEKLY;BYDAY=TUESDAY" }), /"TUESDAY" is not a weekday/],
    ["DTSTART in the rule", schedule({ kind: "rrule", rule: "FREQ=WEEKLY;DTSTART=20260101T193000" }), /DTSTART.*valid from/],
    ["TZID in the rule", schedule({ kind: "rrule", rule: "FREQ=WEEKLY;TZID=Europe/Amsterdam" }), /TZID/],
    ["BYHOUR in the rule", schedule({ kind: "rrule", rule: "FREQ=WEEKLY;BYHOUR=19" }), /BYHOUR.*start time/],
    ["BYMINUTE in the rule", schedule({ kind: "rrule", rule: "FREQ=WEEKLY;BYMINUTE=30" }), /BYMINUTE/],
    ["BYSECOND in the rule", schedule({ kind: "rrule", rule: "FREQ=WEEKLY;BYSECOND=0" }), /BYSECOND/],
    ["FREQ=HOURLY", schedule({ kind: "rrule", rule: "FREQ=HOURLY" }), /at most daily/],
    ["FREQ=MINUTELY", schedule({ kind: "rrule", rule: "FREQ=MINUTELY;INTERVAL=30" }), /at most daily/],
    ["bad start time", schedule({ kind: "odd_weeks", weekday: 2 }, { startTime: "7:30" }), /start time "7:30".*HH:MM/],
    ["24:00", schedule({ kind: "odd_weeks", weekday: 2 }, { startTime: "24:00" }), /start time "24:00"/],
    ["duration 4", schedule({ kind: "odd_weeks", weekday: 2 }, { durationMinutes: 4 }), /duration.*5 to 1440.*got 4/],
    ["duration 1441", schedule({ kind: "odd_weeks", weekday: 2 }, { durationMinutes: 1441 }), /got 1441/],
    ["duration 90.5", schedule({ kind: "odd_weeks", weekday: 2 }, { durationMinutes: 90.5 }), /got 90.5/],
    ["validFrom 2026-02-30", schedule({ kind: "odd_weeks", weekday: 2 }, { validFrom: "2026-02-30" }), /"valid from" date "2026-02-30" is not a date/],
    ["validUntil 2027-13-01", schedule({ kind: "odd_weeks", weekday: 2 }, { validUntil: "2027-13-01" }), /"valid until" date "2027-13-01"/],
    ["validUntil before validFrom", schedule({ kind: "odd_weeks", weekday: 2 }, { validFrom: "2026-09-01", validUntil: "2026-08-31" }), /before "valid from"/],
    ["single date invalid", schedule({ kind: "single", date: "2027-02-29" }), /"2027-02-29" is not a date/],
    ["single date before validFrom", schedule({ kind: "single", date: "2022-08-31" }), /outside the period.*from 2022-09-01 on/],
    ["single date after validUntil", schedule({ kind: "single", date: "2027-01-05" }, { validUntil: "2026-12-31" }), /outside the period.*2022-09-01 to 2026-12-31/],
    ["no meeting in a closed period", schedule({ kind: "odd_weeks", weekday: 2 }, { validFrom: "2026-12-16", validUntil: "2026-12-28" }), /no meeting between 2026-12-16 and 2026-12-28.*weekday/],
    ["a rule with no meeting in a closed period", schedule({ kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=+5MO" }, { validFrom: "2026-09-01", validUntil: "2026-10-31" }), /no meeting between.*rule/],
    ["a rule with no meeting in ten years", schedule({ kind: "rrule", rule: "FREQ=DAILY;INTERVAL=7;BYDAY=TU" }, { validFrom: "2026-09-07" }), /no meeting in the 10 years from 2026-09-07/],
    ["a leap day every four years from a non-leap year", schedule({ kind: "rrule", rule: "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29" }, { validFrom: "2026-01-01" }), /no meeting in the 10 years/],
    ["impossible month day", schedule({ kind: "rrule", rule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30" }), /never falls in February/],
  ])("%s", (_label, s, message) => {
    const problems = scheduleProblems(s);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join(" ")).toMatch(message);
    for (const problem of problems) expect(problem).toMatch(/^[A-Z"].*[.)]$/); // sentences
  });

  it("reports several problems at once", () => {
    const s = schedule({ kind: "odd_weeks", weekday: 9 }, { startTime: "25:00", durationMinutes: 0, validFrom: "2026-09-01", validUntil: "2026-01-01" });
    expect(scheduleProblems(s)).toHaveLength(4);
  });
});

describe("scheduleHints", () => {
  it("warns that every two weeks drifts after week 53, and says when", () => {
    const s = schedule({ kind: "rrule", rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" }, { validFrom: "2026-11-03" });
    const [hint, ...rest] = scheduleHints(s);
    expect(rest).toEqual([]);
    expect(hint).toMatch(/drifts/);
    expect(hint).toMatch(/odd weeks until 2026-12-29 \(week 53 of 2026\), then in even weeks from 2027-01-12 \(week 2 of 2027\)/);
    expect(hint).toMatch(/choose odd weeks or even weeks/);
  });

  it("shows where odd weeks meet twice in a row and even weeks skip three weeks", () => {
    const from = { validFrom: "2026-09-01" };
    expect(scheduleHints(schedule({ kind: "odd_weeks", weekday: 2 }, from))).toEqual([
      "2026 has 53 ISO weeks: this odd-week series meets in week 53 (2026-12-28 to 2027-01-03) and again in week 1 of 2027, two weeks in a row.",
    ]);
    expect(scheduleHints(schedule({ kind: "even_weeks", weekday: 2 }, from))[0]).toMatch(/no meeting in week 53 and week 1 \(2026-12-28 to 2027-01-10\)/);
    expect(scheduleHints(schedule({ kind: "odd_weeks", weekday: 2 }, { validFrom: "2027-01-04" }))[0]).toMatch(/^2032 has 53 ISO weeks/);
  });

  it.each([
    schedule({ kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=+1TH" }),
    schedule({ kind: "odd_weeks", weekday: 2 }, { validFrom: "2027-01-04", validUntil: "2027-12-31" }),
    schedule({ kind: "rrule", rule: "FREQ=HOURLY" }), // has problems: no hints
  ])("has no hint for %j", (s) => {
    expect(scheduleHints(s)).toEqual([]);
  });
});
