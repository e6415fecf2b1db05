// Calendar days as "YYYY-MM-DD": the shared calendar code does the arithmetic (ISO weeks from date-fns);
// these names are the ones the working-group views read best with.
import { addDaysLocal, daysBetweenLocal, isoMondayOf, isoWeekOfLocalDate } from "@afdelingsplanner/shared";

export const addDays = addDaysLocal;

/** The Monday of the ISO week the day falls in. */
export const mondayOf = isoMondayOf;

/** ISO week number (1–53). */
export function isoWeekNumber(isoDate: string): number {
  return isoWeekOfLocalDate(isoDate).isoWeek;
}

/** "2026-W48" → 48 */
export function weekNumberOfKey(week: string): number {
  return Number(week.slice(week.indexOf("W") + 1));
}

/** Whole days from a to b. */
export const daysBetween = daysBetweenLocal;
