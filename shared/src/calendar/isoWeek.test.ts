import { afterEach, describe, expect, it } from "vitest";
import { isoWeekAt, isoWeekOf } from "./isoWeek.ts";

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
