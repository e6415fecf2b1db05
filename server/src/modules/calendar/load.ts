import { isoWeeksBetween, occurrencesInWindow, overloadedWeeks, parseIsoWeek, weeklyLoad, type AttendedOccurrence } from "@afdelingsplanner/shared";
import { type OccurrenceView, type RangeLoadResponse, type WeekLoadResponse } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import { badRequest } from "../../lib/errors.ts";
import { loadSeriesForWindow, occurrenceView, type DateWindow } from "./service.ts";

type Branch = { id: string; timeZone: string };

/** Each member's meetings per ISO week in a window (cancelled ones don't count), and the views to show them. */
async function loadInWindow(db: Database, branch: Branch, window: DateWindow) {
  const [series, people] = await Promise.all([
    loadSeriesForWindow(db, branch.id, window, { withAttendees: true }),
    db.person.findMany({ where: { branchId: branch.id, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const views = new Map<AttendedOccurrence, OccurrenceView>();
  const attended = occurrencesInWindow(series, window, branch.timeZone).map(({ series: owner, occurrence }) => {
    const item: AttendedOccurrence = { seriesId: owner.id, personIds: [...owner.attendees], occurrence };
    views.set(item, occurrenceView(owner.row, occurrence, owner.exceptionVersions.get(occurrence.date) ?? null));
    return item;
  });
  const meeting = (item: AttendedOccurrence) => {
    const view = views.get(item);
    if (!view) throw new Error("weeklyLoad returned an occurrence it was not given");
    return { seriesId: view.seriesId, title: view.title, kind: view.kind, date: view.date, start: view.start, end: view.end };
  };
  return { load: weeklyLoad(attended), people, meeting };
}

/** Each member's meetings in one ISO week; most members manage one meeting a week. */
export async function loadForWeek(db: Database, branch: Branch, weekKey: string): Promise<WeekLoadResponse> {
  const week = parseIsoWeek(weekKey);
  if (!week) throw badRequest(`Week ${weekKey} does not exist. Use YYYY-Www with a week the year has (most years have 52 weeks, some 53).`, "INVALID_WEEK");
  const { load, people, meeting } = await loadInWindow(db, branch, { from: week.monday, to: week.sunday });
  return {
    week: weekKey,
    people: people.map((person) => {
      const meetings = (load.get(person.id)?.get(weekKey) ?? []).map(meeting);
      return { personId: person.id, name: person.name, meetings, overloaded: meetings.length > 1 };
    }),
  };
}

/** Meetings per member per ISO week over a range, and the weeks in which someone has more than one. */
export async function loadForRange(db: Database, branch: Branch, window: DateWindow): Promise<RangeLoadResponse> {
  const { load, people, meeting } = await loadInWindow(db, branch, window);
  const weeks = isoWeeksBetween(window.from, window.to);
  const names = new Map(people.map((person) => [person.id, person.name]));
  return {
    from: window.from,
    to: window.to,
    weeks,
    people: people.map((person) => ({ personId: person.id, name: person.name, perWeek: weeks.map((week) => load.get(person.id)?.get(week)?.length ?? 0) })),
    overloaded: overloadedWeeks(load)
      .filter(({ personId }) => names.has(personId))
      .map(({ personId, week, items }) => ({ personId, name: names.get(personId) ?? "", week, meetings: items.map(meeting) }))
      .sort((a, b) => a.week.localeCompare(b.week) || a.name.localeCompare(b.name, "nl")),
  };
}
