import { describe, expect, it } from "vitest";
import { isSchoolHolidayRegion, SCHOOL_HOLIDAY_REGIONS, schoolHolidaysBetween, type SchoolHolidayRegion } from "./schoolHolidays.ts";

/** The school holiday of `region` on `day`, by name, or null. */
const holidayOn = (region: SchoolHolidayRegion, day: string) => schoolHolidaysBetween(day, day, region)[0]?.name ?? null;

describe("the school-holiday table", () => {
  it.each([
    // Regional, as the Rijksoverheid publishes them (Saturday to Sunday, both days included).
    ["midden", "2026-02-14", "Voorjaarsvakantie"],
    ["noord", "2026-02-14", null], // noord had its week later
    ["noord", "2026-03-01", "Voorjaarsvakantie"],
    ["zuid", "2026-07-11", "Zomervakantie"],
    ["midden", "2026-07-11", null],
    // 2027 (school year 2026-2027) for midden, The Hague's region.
    ["midden", "2027-02-19", null],
    ["midden", "2027-02-20", "Voorjaarsvakantie"],
    ["midden", "2027-02-28", "Voorjaarsvakantie"],
    ["midden", "2027-03-01", null],
    ["midden", "2027-07-16", null],
    ["midden", "2027-07-17", "Zomervakantie"],
    ["midden", "2027-08-29", "Zomervakantie"],
    ["midden", "2027-08-30", null],
    // National: the same in every region.
    ["noord", "2026-12-25", "Kerstvakantie"],
    ["zuid", "2027-01-03", "Kerstvakantie"],
    ["midden", "2027-04-27", "Meivakantie"],
  ] as const)("in %s, %s is %s", (region, day, name) => {
    expect(holidayOn(region, day)).toBe(name);
  });

  it("lists the holidays touching a range in date order, including one that starts before it", () => {
    expect(schoolHolidaysBetween("2027-01-01", "2027-03-31", "midden").map((period) => [period.name, period.from, period.to])).toEqual([
      ["Kerstvakantie", "2026-12-19", "2027-01-03"],
      ["Voorjaarsvakantie", "2027-02-20", "2027-02-28"],
    ]);
  });

  it.each(SCHOOL_HOLIDAY_REGIONS)("has in %s only periods from a Saturday to a Sunday, each at most seven weeks long", (region) => {
    for (const period of schoolHolidaysBetween("2025-01-01", "2028-12-31", region)) {
      const from = new Date(`${period.from}T12:00:00Z`);
      const to = new Date(`${period.to}T12:00:00Z`);
      expect([period.name, from.getUTCDay(), to.getUTCDay()]).toEqual([period.name, 6, 0]);
      expect((to.getTime() - from.getTime()) / 86_400_000).toBeLessThanOrEqual(7 * 7);
    }
  });

  it("has no two periods of one region that overlap", () => {
    for (const region of SCHOOL_HOLIDAY_REGIONS) {
      const periods = schoolHolidaysBetween("2025-01-01", "2028-12-31", region);
      periods.slice(1).forEach((period, index) => expect(period.from > periods[index]!.to).toBe(true));
    }
  });

  it("knows the three regions and nothing else", () => {
    expect(SCHOOL_HOLIDAY_REGIONS.map(isSchoolHolidayRegion)).toEqual([true, true, true]);
    expect(isSchoolHolidayRegion("oost")).toBe(false);
    expect(isSchoolHolidayRegion("Midden")).toBe(false);
  });
});
