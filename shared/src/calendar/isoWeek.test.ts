import { afterEach, describe, expect, it } from "vitest";
import { getISOWeek, getISOWeekYear } from "date-fns";
import { clearIsoWeekCache, isoWeekAt, isoWeekKey, isoWeekOf, isoWeekOfLocalDate, isoWeeksBetween, parseIsoWeek } from "./isoWeek.ts";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("isoWeekOf", () => {
  it.each([
    ["2026-11-22", 47, 2026, "odd"], // a Sunday: still the week that began on Monday the 16th
    ["2026-11-23", 48, 2026, "even"],
    ["2026-12-28", 53, 2026, "odd"], // 2026 has 53 ISO weeks
    ["2027-01-03", 53, 2026, "odd"], // 3 January 2027 belongs to week 53 of 2026
    ["2027-01-04", 1, 2027, "odd"], // so two odd weeks follow each other at the turn of the year
    ["2027-01-11", 2, 2027, "even"],
    ["2025-12-29", 1, 2026, "odd"], // 29 December 2025 already belongs to 2026
    ["2039-01-01", 52, 2038, "even"], // the case rrule's BYWEEKNO gets wrong (it says 53)
  ])("%s is week %i of %i (%s)", (day, isoWeek, isoWeekYear, parity) => {
    expect(isoWeekOf(new Date(`${day}T12:00:00`))).toEqual({ isoWeek, isoWeekYear, parity });
  });
});

describe("isoWeekAt", () => {
  // Sunday 22 November 2026, 23:30 UTC is already Monday 00:30 in Amsterdam: week 48.
  const lateSundayUtc = new Date("2026-11-22T23:30:00Z");

  it.each(["UTC", "Europe/Amsterdam", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago"])(
    "gives the branch's week whatever the host time zone (TZ=%s)",
    (hostZone) => {
      process.env.TZ = hostZone;
      expect(isoWeekAt(lateSundayUtc, "Europe/Amsterdam")).toEqual({ isoWeek: 48, isoWeekYear: 2026, parity: "even" });
      expect(isoWeekAt(lateSundayUtc, "America/New_York")).toEqual({ isoWeek: 47, isoWeekYear: 2026, parity: "odd" });
    },
  );

  it("follows the branch's calendar day across the new year", () => {
    const newYearInAmsterdam = new Date("2027-01-03T23:30:00Z"); // Monday 4 January 00:30 in Amsterdam
    expect(isoWeekAt(newYearInAmsterdam, "Europe/Amsterdam")).toEqual({ isoWeek: 1, isoWeekYear: 2027, parity: "odd" });
    expect(isoWeekAt(newYearInAmsterdam, "UTC")).toEqual({ isoWeek: 53, isoWeekYear: 2026, parity: "odd" });
  });
});

describe("parseIsoWeek", () => {
  it.each([
    ["2026-W48", 2026, 48, "2026-11-23", "2026-11-29"],
    ["2026-W53", 2026, 53, "2026-12-28", "2027-01-03"], // 2026 has 53 weeks
    ["2027-W01", 2027, 1, "2027-01-04", "2027-01-10"],
    ["2026-W01", 2026, 1, "2025-12-29", "2026-01-04"],
    ["2032-W53", 2032, 53, "2032-12-27", "2033-01-02"],
    ["2038-W52", 2038, 52, "2038-12-27", "2039-01-02"], // holds 2039-01-01, which rrule's BYWEEKNO calls week 53
    ["2020-W53", 2020, 53, "2020-12-28", "2021-01-03"],
  ])("%s is %i week %i, %s to %s", (key, isoWeekYear, isoWeek, monday, sunday) => {
    expect(parseIsoWeek(key)).toEqual({ isoWeekYear, isoWeek, monday, sunday });
    // checked against date-fns, and the key round-trips
    for (const day of [monday, sunday]) {
      const date = new Date(`${day}T12:00:00`);
      expect([getISOWeekYear(date), getISOWeek(date)]).toEqual([isoWeekYear, isoWeek]);
      expect(isoWeekKey(day)).toBe(key);
    }
  });

  it.each(["2027-W53", "2038-W53", "2026-W00", "2026-W54", "2026-W60", "2026-W5", "2026W05", "2026-w05", ""])("%j does not exist", (key) => {
    expect(parseIsoWeek(key)).toBeNull();
  });
});

describe("isoWeekKey and isoWeeksBetween", () => {
  it.each([
    ["2027-01-03", "2026-W53"],
    ["2027-01-04", "2027-W01"],
    ["2025-12-29", "2026-W01"],
    ["2039-01-01", "2038-W52"],
  ])("isoWeekKey(%s) = %s", (day, key) => {
    expect(isoWeekKey(day)).toBe(key);
  });

  it("reads a Date the way date-fns does", () => {
    expect(isoWeekKey(new Date(2027, 0, 3, 12))).toBe("2026-W53");
  });

  it.each([
    ["2026-12-20", "2027-01-10", ["2026-W51", "2026-W52", "2026-W53", "2027-W01"]],
    ["2026-11-23", "2026-11-23", ["2026-W48"]],
    ["2026-11-29", "2026-11-30", ["2026-W48", "2026-W49"]],
    ["2026-12-01", "2026-11-30", []],
  ])("isoWeeksBetween(%s, %s)", (from, to, keys) => {
    expect(isoWeeksBetween(from, to)).toEqual(keys);
  });

  it("lists every week of 2026-2028 once, in order, as date-fns numbers them", () => {
    const keys = isoWeeksBetween("2026-01-01", "2028-12-31");
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((key) => key.startsWith("2026-")).length).toBe(53);
    expect(keys.filter((key) => key.startsWith("2027-")).length).toBe(52);
    expect(keys[0]).toBe("2026-W01");
    expect(keys.at(-1)).toBe("2028-W52");
  });

  it.each(["UTC", "America/New_York", "Pacific/Kiritimati", "Asia/Kolkata"])("weeks of local dates don't depend on the host zone (TZ=%s)", (hostZone) => {
    process.env.TZ = hostZone;
    clearIsoWeekCache();
    expect(isoWeekOfLocalDate("2027-01-03")).toEqual({ isoWeek: 53, isoWeekYear: 2026, parity: "odd" });
    expect(isoWeekOfLocalDate("2027-01-04")).toEqual({ isoWeek: 1, isoWeekYear: 2027, parity: "odd" });
    expect(isoWeeksBetween("2038-12-25", "2039-01-03")).toEqual(["2038-W51", "2038-W52", "2039-W01"]);
  });
});
