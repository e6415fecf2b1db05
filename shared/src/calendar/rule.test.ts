import * as rruleNamespace from "rrule";
import { afterEach, describe, expect, it } from "vitest";
import { parseRecurrenceRule, ruleDates } from "./rule.ts";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

// Node gives rrule's CommonJS exports as `default` (see rule.ts).
const rruleLoose = rruleNamespace as Partial<typeof rruleNamespace> & { default?: typeof rruleNamespace };
const { RRule } = rruleLoose.RRule ? (rruleLoose as typeof rruleNamespace) : (rruleLoose.default as typeof rruleNamespace);

/** rrule the plain way, the reference: dtstart at the series' first day, no moving, no 400-year trick. */
function naiveDates(rule: string, firstDay: string, startTime: string, from: string, to: string): string[] {
  const [h, m] = startTime.split(":").map(Number) as [number, number];
  const day = (date: string, hh: number, mm: number, ss = 0) => {
    const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
    return new Date(Date.UTC(y, mo - 1, d, hh, mm, ss));
  };
  const options = { ...RRule.parseString(rule), dtstart: day(firstDay, h, m), tzid: null };
  return new RRule(options, true)
    .between(day(from, 0, 0), day(to, 23, 59, 59), true)
    .map((date) => date.toISOString().slice(0, 10));
}

function parse(rule: string) {
  const result = parseRecurrenceRule(rule);
  if (!result.rule) throw new Error(result.problems.join(" "));
  return result.rule;
}

describe("parseRecurrenceRule", () => {
  it.each([
    "FREQ=MONTHLY;BYDAY=+1TH",
    "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3WE",
    "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=WEEKLY;BYDAY=TU",
    "RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10",
    "freq=weekly;byday=tu;until=20271231",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=YEARLY;BYMONTH=3,9;BYDAY=+2SA",
    "FREQ=MONTHLY;BYMONTHDAY=15;",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
  ])("accepts %s", (rule) => {
    expect(parseRecurrenceRule(rule).problems).toEqual([]);
  });

  it.each([
    ["", /empty/],
    ["FREQ=WEEKLY\nEXDATE:20260101", /single line/],
    ["BYDAY=TU", /needs a FREQ/],
    ["FREQ=FORTNIGHTLY", /FREQ=FORTNIGHTLY is not a frequency/],
    ["FREQ=HOURLY", /FREQ=HOURLY repeats within a day/],
    ["FREQ=MINUTELY", /FREQ=MINUTELY/],
    ["FREQ=SECONDLY", /FREQ=SECONDLY/],
    ["FREQ=WEEKLY;BYDAY=TU;BYHOUR=19", /Remove BYHOUR.*start time/],
    ["FREQ=WEEKLY;BYMINUTE=30", /Remove BYMINUTE/],
    ["FREQ=WEEKLY;BYSECOND=0", /Remove BYSECOND/],
    ["DTSTART:20260101T193000\nFREQ=WEEKLY", /single line/],
    ["FREQ=WEEKLY;DTSTART=20260101T193000", /Remove "DTSTART=20260101T193000".*valid from/],
    ["FREQ=WEEKLY;TZID=Europe/Amsterdam", /Remove TZID/],
    ["FREQ=YEARLY;BYWEEKNO=1,3,5", /BYWEEKNO is not supported.*odd weeks or even weeks/],
    ["FREQ=WEEKLY;BYDAY=TUE", /"TUE" is not a weekday/],
    ["FREQ=WEEKLY;BYDAY=+1TU", /only works with FREQ=MONTHLY or FREQ=YEARLY/],
    ["FREQ=MONTHLY;BYDAY=+6TU", /at most 5 of each weekday/],
    ["FREQ=MONTHLY;BYDAY=0TU", /"0TU" is not a weekday/],
    ["FREQ=WEEKLY;INTERVAL=0", /INTERVAL=0/],
    ["FREQ=WEEKLY;INTERVAL=two", /INTERVAL=TWO/],
    ["FREQ=WEEKLY;COUNT=0", /COUNT=0/],
    ["FREQ=WEEKLY;UNTIL=20270230", /UNTIL=20270230 is not a date/],
    ["FREQ=WEEKLY;COUNT=5;UNTIL=20271231", /COUNT or UNTIL/],
    ["FREQ=MONTHLY;BYMONTHDAY=32", /BYMONTHDAY=32/],
    ["FREQ=YEARLY;BYMONTH=13", /BYMONTH=13/],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", /never falls in February/],
    ["FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31", /never falls in April, June/],
    ["FREQ=MONTHLY;BYSETPOS=1", /BYSETPOS picks from/],
    ["FREQ=WEEKLY;WKST=XX", /WKST=XX/],
    ["FREQ=WEEKLY;FREQ=MONTHLY", /more than once/],
    ["FREQ=WEEKLY;BYEASTER=0", /"BYEASTER=0" is not supported/],
    ["FREQ=WEEKLY;BYDAY", /NAME=VALUE/],
  ])("refuses %j with a message naming the part", (rule, message) => {
    const result = parseRecurrenceRule(rule);
    expect(result.rule).toBeNull();
    expect(result.problems.join(" ")).toMatch(message);
  });
});

describe("ruleDates", () => {
  // Rules × series starts × windows: the moved-dtstart, 400-year-shifted expansion must equal plain rrule.
  const rules = [
    "FREQ=MONTHLY;BYDAY=+1TH",
    "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3WE",
    "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR",
    "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=31",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=WEEKLY;BYDAY=TU",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR;WKST=SU",
    "FREQ=WEEKLY;INTERVAL=2",
    "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=2",
    "FREQ=YEARLY",
    "FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9;BYDAY=+2SA",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=YEARLY;BYYEARDAY=-1",
    "FREQ=DAILY;INTERVAL=9",
    "FREQ=DAILY;BYDAY=SA,SU;BYMONTH=7",
    "FREQ=WEEKLY;BYDAY=TU;COUNT=30",
    "FREQ=MONTHLY;BYDAY=+1TH;UNTIL=20290301",
  ];
  const starts = ["2022-09-01", "2024-02-29", "2026-11-10"];
  const windows: [string, string][] = [
    ["2026-01-01", "2026-12-31"],
    ["2027-06-15", "2028-03-01"],
    ["2031-01-01", "2035-12-31"],
    ["2039-01-01", "2039-01-31"],
  ];

  it.each(rules)("%s gives exactly what plain rrule gives", (rule) => {
    const parsed = parse(rule);
    for (const start of starts) {
      for (const [from, to] of windows) {
        const expected = naiveDates(rule, start, "19:30", from, to).filter((date) => date >= start);
        expect(ruleDates(parsed, start, "19:30", from, to), `${rule} from ${start}, window ${from}..${to}`).toEqual(expected);
      }
    }
  });

  it.each(["UTC", "America/New_York", "Pacific/Kiritimati", "Asia/Kolkata"])("does not depend on the host zone (TZ=%s)", (hostZone) => {
    process.env.TZ = hostZone;
    expect(ruleDates(parse("FREQ=MONTHLY;BYDAY=+1TH"), "2026-01-01", "23:30", "2026-01-01", "2026-04-30")).toEqual([
      "2026-01-01",
      "2026-02-05",
      "2026-03-05",
      "2026-04-02",
    ]);
    expect(ruleDates(parse("FREQ=MONTHLY;BYDAY=-1FR"), "2026-01-01", "00:15", "2026-10-01", "2026-12-31")).toEqual(["2026-10-30", "2026-11-27", "2026-12-25"]);
  });

  it.each([
    // UNTIL is read in the branch's zone and compared with the meeting's local start (19:30 here).
    ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20261013", "2026-10-13"], // a date-only UNTIL includes that day
    ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20261013T193000Z", "2026-10-13"],
    ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20261013T192959", "2026-10-06"],
    ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20261012", "2026-10-06"],
  ])("%s ends on %s", (rule, last) => {
    expect(ruleDates(parse(rule), "2026-09-01", "19:30", "2026-09-01", "2027-12-31").at(-1)).toBe(last);
  });

  it("ends on a rule that never matches (within the test timeout)", () => {
    // Tuesdays every 7 days from a Monday: never. Plain rrule walks to the year 9999 (about 8 s); here at most 400 years.
    expect(ruleDates(parse("FREQ=DAILY;INTERVAL=7;BYDAY=TU"), "2026-09-07", "19:30", "2026-09-07", "2036-09-06")).toEqual([]);
  });
});
