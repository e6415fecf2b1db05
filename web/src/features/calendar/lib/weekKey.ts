import { isoWeekOfLocalDate, parseIsoWeek, type IsoWeekInfo } from "@afdelingsplanner/shared";

/** "2026-W53" (how the load endpoint names weeks) → its number and parity; null if it is no real week. */
export function parseWeekKey(key: string): IsoWeekInfo | null {
  const week = parseIsoWeek(key);
  return week ? isoWeekOfLocalDate(week.monday) : null;
}
