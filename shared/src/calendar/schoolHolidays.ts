/** The three regions of the Dutch school holidays (vakantiespreiding). The Hague is in midden. */
export const SCHOOL_HOLIDAY_REGIONS = ["noord", "midden", "zuid"] as const;
export type SchoolHolidayRegion = (typeof SCHOOL_HOLIDAY_REGIONS)[number];

/** A school holiday: its first and last day (local dates, inclusive) and its Dutch name. */
export interface SchoolHolidayPeriod {
  from: string;
  to: string;
  name: string;
}

export function isSchoolHolidayRegion(value: string): value is SchoolHolidayRegion {
  return (SCHOOL_HOLIDAY_REGIONS as readonly string[]).includes(value);
}

// date-holidays has no Dutch school holiday periods, and no maintained npm package carries them. These are
// the national dates the Rijksoverheid publishes per region ("Schoolvakanties 2025-2026" and "2026-2027"),
// Saturday to Sunday; schools may add days of their own. Kerst- and meivakantie are the same everywhere.
// Add each new school year's publication here (and a row to schoolHolidays.test.ts).
const NATIONAL: SchoolHolidayPeriod[] = [
  { from: "2025-12-20", to: "2026-01-04", name: "Kerstvakantie" },
  { from: "2026-04-25", to: "2026-05-03", name: "Meivakantie" },
  { from: "2026-12-19", to: "2027-01-03", name: "Kerstvakantie" },
  { from: "2027-04-24", to: "2027-05-02", name: "Meivakantie" },
];

// Known gap: the voorjaars- and zomervakantie of 2027 for noord and zuid are left out until they are checked
// against the Rijksoverheid's own page. Midden's 2027 dates are in: several published copies of the
// Rijksoverheid table and the timetables of midden schools (Mon 22 – Fri 26 Feb, Mon 19 Jul – Fri 27 Aug) agree.
const REGIONAL: Record<SchoolHolidayRegion, SchoolHolidayPeriod[]> = {
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
    { from: "2027-02-20", to: "2027-02-28", name: "Voorjaarsvakantie" },
    { from: "2027-07-17", to: "2027-08-29", name: "Zomervakantie" },
  ],
  zuid: [
    { from: "2025-10-11", to: "2025-10-19", name: "Herfstvakantie" },
    { from: "2026-02-14", to: "2026-02-22", name: "Voorjaarsvakantie" },
    { from: "2026-07-11", to: "2026-08-23", name: "Zomervakantie" },
    { from: "2026-10-10", to: "2026-10-18", name: "Herfstvakantie" },
  ],
};

/** The school holidays of `region` (the national ones included) that touch [from, to] (local dates, inclusive), in date order. */
export function schoolHolidaysBetween(from: string, to: string, region: SchoolHolidayRegion): SchoolHolidayPeriod[] {
  return [...NATIONAL, ...REGIONAL[region]].filter((period) => period.to >= from && period.from <= to).sort((a, b) => a.from.localeCompare(b.from));
}
