import type { ActivityView } from "@afdelingsplanner/shared/schemas";
import { addDays, mondayOf } from "./dates.ts";

export const CHART_WEEKS = 12;

/** The Monday the chart starts on: 11 weeks before this week's. */
export function chartStart(today: string): string {
  return addDays(mondayOf(today), -7 * (CHART_WEEKS - 1));
}

/** Activities per ISO week, oldest week first, this week last. */
export function weeklyCounts(activities: ActivityView[], today: string): { monday: string; count: number }[] {
  const start = chartStart(today);
  const weeks = Array.from({ length: CHART_WEEKS }, (_, index) => ({ monday: addDays(start, 7 * index), count: 0 }));
  const byMonday = new Map(weeks.map((week) => [week.monday, week]));
  for (const activity of activities) {
    const week = byMonday.get(mondayOf(activity.date));
    if (week) week.count += 1;
  }
  return weeks;
}
