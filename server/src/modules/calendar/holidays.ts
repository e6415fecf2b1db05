import Holidays from "date-holidays";
import type { DayOff } from "@afdelingsplanner/shared";

/** The three regions of the Dutch school holidays (vakantiespreiding). The Hague is in midden. */
export const SCHOOL_HOLIDAY_REGIONS = ["noord", "midden", "zuid"] as const;
export type SchoolHolidayRegion = (typeof SCHOOL_HOLIDAY_REGIONS)[number];

// Public holidays come from date-holidays (one instance: building it parses the country's rules). Its NL
// "school" days (Goede Vrijdag, Bevrijdingsdag: schools closed, most work goes on) count as school holidays.
const dutch = new Holidays("NL", { languages: ["nl"] });
// date-holidays calls 25 December "Kerstmis"; beside its "Tweede kerstdag", the Dutch say Eerste Kerstdag.
const RENAMED: Record<string, string> = { Kerstmis: "Eerste Kerstdag" };

type Period = { from: string; to: string; name: string };

// date-holidays 3.37.0 has no Dutch school holiday periods, and no maintained npm package carries them. These
// are the national dates the Rijksoverheid publishes per region ("Schoolvakanties 2025-2026" and "2026-2027"),
// Saturday to Sunday; schools may add days of their own. Kerst- and meivakantie are the same everywhere.
// Known gap: the regional voorjaars- and zomervakantie of 2027 are not in the table yet (add them with each
// new school year's publication).
const NATIONAL: Period[] = [
  { from: "2025-12-20", to: "2026-01-04", name: "Kerstvakantie" },
  { from: "2026-04-25", to: "2026-05-03", name: "Meivakantie" },
  { from: "2026-12-19", to: "2027-01-03", name: "Kerstvakantie" },
  { from: "2027-04-24", to: "2027-05-02", name: "Meivakantie" },
];
const SCHOOL_HOLIDAYS: Record<SchoolHolidayRegion, Period[]> = {
  noord: [
    { from: "2025-10-18", to: "2025-10-26", name: "Herfstvakantie" },
    { from: "2026-02-21", to: "2026-03-01", name: "Voorjaarsvakantie" },
    { from: "2026-07-04", to: "2026-08-16", name: "Zomervakantie" },
    { from: "2026-10-17", to: "2026-10-25", name: "Herfstvakantie" },
  ],
  midden: [
    { from: "2025-10-18", to: "2025-10-26", name: "Herfstvakantie" },
    { from: "2026-02-14", to: "2026-02-22", name: "Voorjaarsvakantie" },
    { from: "2026-07-18", to: "2026-08-30", name: "Zomervakantie" },
    { from: "2026-10-17", to: "2026-10-25", name: "Herfstvakantie" },
  ],
  zuid: [
    { from: "2025-10-11", to: "2025-10-19", name: "Herfstvakantie" },
    { from: "2026-02-14", to: "2026-02-22", name: "Voorjaarsvakantie" },
    { from: "2026-07-11", to: "2026-08-23", name: "Zomervakantie" },
    { from: "2026-10-10", to: "2026-10-18", name: "Herfstvakantie" },
  ],
};

export function isSchoolHolidayRegion(value: string): value is SchoolHolidayRegion {
  return (SCHOOL_HOLIDAY_REGIONS as readonly string[]).includes(value);
}

/** Dutch public holidays and the region's school holidays that touch [from, to] (local dates, inclusive). */
export function dutchDaysOff(from: string, to: string, region: SchoolHolidayRegion): DayOff[] {
  const daysOff: DayOff[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const holiday of dutch.getHolidays(year)) {
      // `date` is the local day as "YYYY-MM-DD HH:MM:SS", whatever the host's time zone.
      const day = holiday.date.slice(0, 10);
      if (day < from || day > to) continue;
      const name = RENAMED[holiday.name] ?? holiday.name;
      if (holiday.type === "public") daysOff.push({ from: day, to: day, name, kind: "public" });
      else if (holiday.type === "school") daysOff.push({ from: day, to: day, name, kind: "school" });
    }
  }
  for (const period of [...NATIONAL, ...SCHOOL_HOLIDAYS[region]]) {
    if (period.to >= from && period.from <= to) daysOff.push({ ...period, kind: "school" });
  }
  return daysOff;
}
