import type { OccurrenceView } from "@afdelingsplanner/shared/schemas";
import { addDays, wallClock, type Day } from "./dates.ts";

/**
 * The day an occurrence is shown on: the day it starts (a moved one at its new day). If a move took
 * it outside the days in view, it stays on its planned day, so it doesn't vanish.
 */
export function shownDay(occurrence: OccurrenceView, from: Day, to: Day): Day {
  const startDay = wallClock(occurrence.start).day;
  if (startDay >= from && startDay <= to) return startDay;
  if (occurrence.date >= from && occurrence.date <= to) return occurrence.date;
  return startDay < from ? from : to;
}

/** Occurrences per shown day; the API already sorts them by start. */
export function byDay(occurrences: OccurrenceView[], from: Day, to: Day): Map<Day, OccurrenceView[]> {
  const days = new Map<Day, OccurrenceView[]>();
  for (const occurrence of occurrences) {
    const day = shownDay(occurrence, from, to);
    days.set(day, [...(days.get(day) ?? []), occurrence]);
  }
  return days;
}

/** The Mondays of the whole ISO weeks from `from` (a Monday) to `to` (a Sunday). */
export function weekStarts(from: Day, to: Day): Day[] {
  const starts: Day[] = [];
  for (let monday = from; monday <= to; monday = addDays(monday, 7)) starts.push(monday);
  return starts;
}

export function occurrenceKey(occurrence: OccurrenceView): string {
  return `${occurrence.seriesId}:${occurrence.date}`;
}
