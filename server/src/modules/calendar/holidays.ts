import Holidays from "date-holidays";
import { schoolHolidaysBetween, type DayOff, type SchoolHolidayRegion } from "@afdelingsplanner/shared";

// Public holidays come from date-holidays (one instance: building it parses the country's rules). Its NL
// "school" days (Goede Vrijdag, Bevrijdingsdag: schools closed, most work goes on) count as school holidays.
const dutch = new Holidays("NL", { languages: ["nl"] });
// date-holidays calls 25 December "Kerstmis"; beside its "Tweede kerstdag", the Dutch say Eerste Kerstdag.
const RENAMED: Record<string, string> = { Kerstmis: "Eerste Kerstdag" };

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
  // The school holidays themselves: the table in shared (calendar/schoolHolidays.ts).
  for (const period of schoolHolidaysBetween(from, to, region)) daysOff.push({ ...period, kind: "school" });
  return daysOff;
}
