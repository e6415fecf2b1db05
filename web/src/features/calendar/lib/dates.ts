import { addDaysLocal, calendarDays, isLocalDate, isoMondayOf, isoWeekOfLocalDate, parseIsoWeek, type IsoWeekInfo } from "@afdelingsplanner/shared";

/**
 * Calendar days as "YYYY-MM-DD" strings in the branch's wall clock. Day and week arithmetic comes from
 * the shared calendar code (ISO weeks from date-fns); this file only adds what the views need on top.
 */
export type Day = string;

/** UTC midnight of the day: format it with timeZone "UTC" to print the same calendar day everywhere. */
export function utcOf(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** True for a real calendar day in YYYY-MM-DD form (so not 2026-02-30). */
export function isDay(value: string | null | undefined): value is Day {
  return typeof value === "string" && isLocalDate(value);
}

export const addDays: (day: Day, days: number) => Day = addDaysLocal;
export const startOfIsoWeek: (day: Day) => Day = isoMondayOf;
export const weekOf: (day: Day) => IsoWeekInfo = isoWeekOfLocalDate;

export function startOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

export function addMonths(day: Day, months: number): Day {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

export function endOfMonth(day: Day): Day {
  return addDays(addMonths(day, 1), -1);
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: Day, to: Day): Day[] {
  const days: Day[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Today's date for someone in `timeZone` (the branch's), whatever zone the browser is in. */
export function todayIn(timeZone: string, now = new Date()): Day {
  return calendarDays.todayIn(timeZone, now);
}

/** The 53-week years whose week 53 overlaps the days from `from` to `to` (2026: 2026-12-28 to 2027-01-03). */
export function week53YearsBetween(from: Day, to: Day): number[] {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year += 1) {
    const week53 = parseIsoWeek(`${year}-W53`);
    if (week53 && week53.monday <= to && week53.sunday >= from) years.push(year);
  }
  return years;
}

/** "2027-01-05T19:30:00+01:00" → date and wall-clock time as the branch sees them (the offset is the branch's). */
export function wallClock(isoWithOffset: string): { day: Day; time: string } {
  return { day: isoWithOffset.slice(0, 10), time: isoWithOffset.slice(11, 16) };
}
