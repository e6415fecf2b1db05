// Calendar days as "YYYY-MM-DD", computed in UTC so no viewer's time zone shifts them.

function toDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function addDays(isoDate: string, days: number): string {
  const date = toDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the ISO week the day falls in. */
export function mondayOf(isoDate: string): string {
  const weekday = (toDate(isoDate).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(isoDate, -weekday);
}

/** ISO week number (1–53). */
export function isoWeekNumber(isoDate: string): number {
  const thursday = toDate(addDays(mondayOf(isoDate), 3));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
}

/** "2026-W48" → 48 */
export function weekNumberOfKey(week: string): number {
  return Number(week.slice(week.indexOf("W") + 1));
}

/** Whole days from a to b. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}
