import { afterEach, describe, expect, it } from "vitest";
import {
  addDaysLocal,
  addMinutesLocal,
  clearOffsetMemo,
  daysBetweenLocal,
  formatInstant,
  instantToLocal,
  isoWeekdayOf,
  isValidTimeZone,
  localToInstant,
  parseLocalDate,
  parseLocalDateTime,
  parseLocalTime,
} from "./localTime.ts";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const HOST_ZONES = ["UTC", "Europe/Amsterdam", "America/New_York", "Pacific/Kiritimati", "Asia/Kolkata"];

describe("parseLocalDate", () => {
  it.each(["2026-02-28", "2028-02-29", "2000-02-29", "2026-12-31", "2026-04-30"])("accepts %s", (value) => {
    const parts = parseLocalDate(value);
    expect(parts).not.toBeNull();
    expect(`${parts!.year}-${String(parts!.month).padStart(2, "0")}-${String(parts!.day).padStart(2, "0")}`).toBe(value);
  });

  it.each(["2026-02-30", "2027-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "26-01-01", "2026-01-01T00:00", "", " 2026-01-01"])(
    "rejects %j",
    (value) => {
      expect(parseLocalDate(value)).toBeNull();
    },
  );
});

describe("parseLocalTime and parseLocalDateTime", () => {
  it.each([
    ["00:00", { hour: 0, minute: 0 }],
    ["19:30", { hour: 19, minute: 30 }],
    ["23:59", { hour: 23, minute: 59 }],
  ])("time %s", (value, parts) => {
    expect(parseLocalTime(value)).toEqual(parts);
  });

  it.each(["24:00", "7:30", "19:60", "19:30:00", "1930", ""])("rejects time %j", (value) => {
    expect(parseLocalTime(value)).toBeNull();
  });

  it("accepts a local date-time", () => {
    expect(parseLocalDateTime("2027-01-05T19:30")).toEqual({ year: 2027, month: 1, day: 5, hour: 19, minute: 30 });
  });

  it.each(["2027-01-05 19:30", "2027-01-05T19:30:00", "2027-01-05T19:30Z", "2027-01-05T19:30+01:00", "2026-02-30T10:00", "2027-01-05T24:00"])(
    "rejects date-time %j",
    (value) => {
      expect(parseLocalDateTime(value)).toBeNull();
    },
  );
});

describe("calendar arithmetic", () => {
  it.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2027-03-01", -1, "2027-02-28"],
    ["2026-10-25", 0, "2026-10-25"],
  ])("%s + %i days = %s", (date, days, expected) => {
    expect(addDaysLocal(date, days)).toBe(expected);
    expect(daysBetweenLocal(date, expected)).toBe(days);
  });

  it.each([
    ["2026-10-24T23:30", 120, "2026-10-25T01:30"], // wall clock, whatever DST does that night
    ["2026-12-31T23:00", 90, "2027-01-01T00:30"],
    ["2027-03-28T01:30", 60, "2027-03-28T02:30"], // a wall time that does not exist in Amsterdam: this is arithmetic only
    ["2027-01-05T00:10", -20, "2027-01-04T23:50"],
  ])("addMinutesLocal(%s, %i) = %s", (value, minutes, expected) => {
    expect(addMinutesLocal(value, minutes)).toBe(expected);
  });

  it.each([
    ["2026-11-23", 1],
    ["2026-11-22", 7],
    ["2027-01-01", 5],
  ])("%s is ISO weekday %i", (date, weekday) => {
    expect(isoWeekdayOf(date)).toBe(weekday);
  });

  it("throws on invalid input", () => {
    expect(() => addDaysLocal("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addMinutesLocal("2026-02-03 10:00", 1)).toThrow(RangeError);
  });
});

describe("localToInstant", () => {
  const cases: [string, string, string, number][] = [
    // [local, zone, iso, epochMs]
    ["2027-01-05T19:30", "Europe/Amsterdam", "2027-01-05T19:30:00+01:00", Date.UTC(2027, 0, 5, 18, 30)],
    ["2026-07-07T19:30", "Europe/Amsterdam", "2026-07-07T19:30:00+02:00", Date.UTC(2026, 6, 7, 17, 30)],
    // Spring forward (2027-03-28, 02:00 → 03:00): times in the gap move forward by the gap.
    ["2027-03-28T01:59", "Europe/Amsterdam", "2027-03-28T01:59:00+01:00", Date.UTC(2027, 2, 28, 0, 59)],
    ["2027-03-28T02:00", "Europe/Amsterdam", "2027-03-28T03:00:00+02:00", Date.UTC(2027, 2, 28, 1, 0)],
    ["2027-03-28T02:30", "Europe/Amsterdam", "2027-03-28T03:30:00+02:00", Date.UTC(2027, 2, 28, 1, 30)],
    ["2027-03-28T03:00", "Europe/Amsterdam", "2027-03-28T03:00:00+02:00", Date.UTC(2027, 2, 28, 1, 0)],
    // Fall back (2026-10-25, 03:00 → 02:00): a time that occurs twice gives the first (summer time).
    ["2026-10-25T01:59", "Europe/Amsterdam", "2026-10-25T01:59:00+02:00", Date.UTC(2026, 9, 24, 23, 59)],
    ["2026-10-25T02:30", "Europe/Amsterdam", "2026-10-25T02:30:00+02:00", Date.UTC(2026, 9, 25, 0, 30)],
    ["2026-10-25T03:00", "Europe/Amsterdam", "2026-10-25T03:00:00+01:00", Date.UTC(2026, 9, 25, 2, 0)],
    ["2027-03-14T02:30", "America/New_York", "2027-03-14T03:30:00-04:00", Date.UTC(2027, 2, 14, 7, 30)],
    ["2026-11-01T01:30", "America/New_York", "2026-11-01T01:30:00-04:00", Date.UTC(2026, 10, 1, 5, 30)],
    ["2026-10-04T02:15", "Australia/Lord_Howe", "2026-10-04T02:45:00+11:00", Date.UTC(2026, 9, 3, 15, 45)], // a 30-minute DST gap
    ["2026-09-06T00:30", "America/Santiago", "2026-09-06T01:30:00-03:00", Date.UTC(2026, 8, 6, 4, 30)], // the gap is at midnight
    ["2026-07-07T19:30", "Asia/Kathmandu", "2026-07-07T19:30:00+05:45", Date.UTC(2026, 6, 7, 13, 45)],
    ["2026-07-07T19:30", "UTC", "2026-07-07T19:30:00+00:00", Date.UTC(2026, 6, 7, 19, 30)],
  ];

  it.each(HOST_ZONES)("gives the same answers whatever the host zone (TZ=%s)", (hostZone) => {
    process.env.TZ = hostZone;
    clearOffsetMemo();
    for (const [local, zone, iso, epochMs] of cases) {
      expect(localToInstant(local, zone), `${local} in ${zone}`).toEqual({ epochMs, iso });
      expect(formatInstant(epochMs, zone)).toBe(iso);
      expect(instantToLocal(epochMs, zone)).toBe(iso.slice(0, 16));
    }
  });

  it("throws on a malformed date-time or an unknown zone", () => {
    expect(() => localToInstant("2026-02-30T19:30", "Europe/Amsterdam")).toThrow(RangeError);
    expect(() => localToInstant("2026-02-03T19:30", "Europe/Amsterdamm")).toThrow(RangeError);
    expect(() => localToInstant("2026-02-03T19:30", "X+05")).toThrow(RangeError);
  });

  it.each([
    ["Europe/Amsterdam", true],
    ["UTC", true],
    ["Europe/Den_Haag", false],
    ["", false],
  ])("isValidTimeZone(%j) = %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
