/**
 * Occurrences with their exceptions, many series in a window, and the weekly load per person.
 */
import type { MeetingMode, OccurrenceStatus } from "../schemas/calendar.ts";
import { formatIsoWeekKey, isoWeekOfLocalDate } from "./isoWeek.ts";
import { addDaysLocal, daysBetweenLocal, localToInstant, MS_PER_MINUTE, parseLocalDate, parseLocalDateTime, formatInstant } from "./localTime.ts";
import { expandSchedule, isPlannedOccurrence, MAX_DURATION_MINUTES, type DateWindow, type ExpandedOccurrence, type Schedule } from "./schedule.ts";

/** A change to one occurrence, keyed by its planned local date. */
export interface ExceptionInput {
  date: string;
  /** cancelled; moved (to startLocal–endLocal); scheduled = same time, other location and/or mode. */
  status: "cancelled" | "moved" | "scheduled";
  /** "YYYY-MM-DDTHH:MM", local; for moved. */
  startLocal: string | null;
  endLocal: string | null;
  /** Replaces the series' location / mode when not null (any status). */
  location: string | null;
  mode: MeetingMode | null;
  reason: string;
}

export interface ScheduledOccurrence extends ExpandedOccurrence {
  status: OccurrenceStatus;
  location: string;
  mode: MeetingMode;
  /** Why it was cancelled, moved or changed; "" otherwise. */
  reason: string;
}

/**
 * How far (in days) a meeting may be moved from its planned date. `occurrencesInWindow` looks this far
 * beyond the window for moved meetings, and `exceptionProblems` refuses moves further away.
 */
export const MOVE_MARGIN_DAYS = 62;

function byStart(a: { startsAt: number; date: string }, b: { startsAt: number; date: string }): number {
  return a.startsAt - b.startsAt || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}

/**
 * Applies exceptions to expanded occurrences; the result is sorted by start.
 * - cancelled: kept, with status "cancelled" (so a UI can show it struck through);
 * - moved: new start and end (end defaults to start + the planned duration when missing or not after the
 *   start), ISO week fields recomputed from the new local start date, status "moved"; `date` stays the
 *   planned date, the key of the exception;
 * - scheduled: same time, status "scheduled", with the exception's location and/or mode.
 * Any status takes the exception's location and mode when given, else `defaults`. Exceptions whose date is
 * not an occurrence are ignored (the API validates on write, see `exceptionProblems`); when several share a
 * date the last one wins. Throws RangeError on a malformed startLocal/endLocal of a moved occurrence.
 */
export function applyExceptions(
  occurrences: ExpandedOccurrence[],
  exceptions: ExceptionInput[],
  defaults: { location: string; mode: MeetingMode },
  timeZone: string,
): ScheduledOccurrence[] {
  const byDate = new Map<string, ExceptionInput>();
  for (const exception of exceptions) byDate.set(exception.date, exception);
  let moved = false;
  const result = occurrences.map((occurrence): ScheduledOccurrence => {
    const exception = byDate.get(occurrence.date);
    if (!exception) return scheduled(occurrence, "scheduled", defaults.location, defaults.mode, "");
    const location = exception.location ?? defaults.location;
    const mode = exception.mode ?? defaults.mode;
    if (exception.status !== "moved") return scheduled(occurrence, exception.status, location, mode, exception.reason);
    moved = true;
    const start = exception.startLocal === null ? { epochMs: occurrence.startsAt, iso: occurrence.start } : localToInstant(exception.startLocal, timeZone);
    const plannedDuration = occurrence.endsAt - occurrence.startsAt;
    let endsAt = exception.endLocal === null ? NaN : localToInstant(exception.endLocal, timeZone).epochMs;
    if (!(endsAt > start.epochMs)) endsAt = start.epochMs + plannedDuration;
    const end = formatInstant(endsAt, timeZone);
    const week = isoWeekOfLocalDate(start.iso.slice(0, 10));
    return {
      date: occurrence.date,
      startLocal: start.iso.slice(0, 16),
      endLocal: end.slice(0, 16),
      start: start.iso,
      end,
      startsAt: start.epochMs,
      endsAt,
      isoWeek: week.isoWeek,
      isoWeekYear: week.isoWeekYear,
      parity: week.parity,
      status: "moved",
      location,
      mode,
      reason: exception.reason,
    };
  });
  // Expanded occurrences come sorted; only a move can change the order.
  return moved ? result.sort(byStart) : result;
}

/** An occurrence at its planned time (an explicit literal: cheaper than a spread, and it drops extra fields). */
function scheduled(o: ExpandedOccurrence, status: OccurrenceStatus, location: string, mode: MeetingMode, reason: string): ScheduledOccurrence {
  return {
    date: o.date,
    startLocal: o.startLocal,
    endLocal: o.endLocal,
    start: o.start,
    end: o.end,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    isoWeek: o.isoWeek,
    isoWeekYear: o.isoWeekYear,
    parity: o.parity,
    status,
    location,
    mode,
    reason,
  };
}

/**
 * What is wrong with an exception for a series, as English sentences (empty = fine): the date must be a
 * planned occurrence; a move needs a start and an end, the end after the start, at most 24 hours long,
 * starting within MOVE_MARGIN_DAYS days of the planned date; "scheduled" needs a new location or mode.
 */
export function exceptionProblems(exception: ExceptionInput, schedule: Schedule, timeZone: string): string[] {
  const problems: string[] = [];
  if (!parseLocalDate(exception.date)) return [`"${exception.date}" is not a date; use YYYY-MM-DD.`];
  if (!isPlannedOccurrence(schedule, exception.date, timeZone)) {
    problems.push(`The series has no meeting planned on ${exception.date}; pick the date of one of its meetings.`);
  }
  if (exception.status === "moved") {
    const startOk = exception.startLocal !== null && parseLocalDateTime(exception.startLocal) !== null;
    const endOk = exception.endLocal !== null && parseLocalDateTime(exception.endLocal) !== null;
    if (!startOk) problems.push(`A moved meeting needs a new start as YYYY-MM-DDTHH:MM; got "${String(exception.startLocal)}".`);
    if (!endOk) problems.push(`A moved meeting needs a new end as YYYY-MM-DDTHH:MM; got "${String(exception.endLocal)}".`);
    if (startOk && endOk) {
      const startLocal = exception.startLocal as string;
      const endLocal = exception.endLocal as string;
      const minutes = (localToInstant(endLocal, timeZone).epochMs - localToInstant(startLocal, timeZone).epochMs) / MS_PER_MINUTE;
      if (minutes <= 0) problems.push(`The new end (${endLocal}) must be after the new start (${startLocal}).`);
      else if (minutes > MAX_DURATION_MINUTES) problems.push(`A meeting can last at most 24 hours; ${startLocal} to ${endLocal} is longer.`);
      if (Math.abs(daysBetweenLocal(exception.date, startLocal.slice(0, 10))) > MOVE_MARGIN_DAYS) {
        problems.push(`A meeting can be moved at most ${MOVE_MARGIN_DAYS} days from its planned date (${exception.date}); cancel it and plan a separate meeting instead.`);
      }
    }
  } else if (exception.status === "scheduled" && exception.location === null && exception.mode === null) {
    problems.push("To change a meeting that keeps its time, give a new location or mode (or cancel or move it).");
  }
  return problems;
}

export interface SeriesForExpansion {
  id: string;
  schedule: Schedule;
  location: string;
  mode: MeetingMode;
  exceptions: ExceptionInput[];
}

/**
 * All occurrences of several series whose (possibly moved) local start date lies in [window.from, window.to],
 * with exceptions applied, sorted by start, then series id. A moved occurrence belongs to the window by its
 * new date: series with moves are expanded MOVE_MARGIN_DAYS days beyond the window on both sides first.
 * Cancelled occurrences are included (status "cancelled").
 */
export function occurrencesInWindow<S extends SeriesForExpansion>(
  series: S[],
  window: DateWindow,
  timeZone: string,
): { series: S; occurrence: ScheduledOccurrence }[] {
  const wide: DateWindow = { from: addDaysLocal(window.from, -MOVE_MARGIN_DAYS), to: addDaysLocal(window.to, MOVE_MARGIN_DAYS) };
  const result: { series: S; occurrence: ScheduledOccurrence }[] = [];
  for (const one of series) {
    const hasMoves = one.exceptions.some((exception) => exception.status === "moved");
    const expanded = expandSchedule(one.schedule, hasMoves ? wide : window, timeZone);
    for (const occurrence of applyExceptions(expanded, one.exceptions, { location: one.location, mode: one.mode }, timeZone)) {
      const localDate = occurrence.startLocal.slice(0, 10);
      if (localDate >= window.from && localDate <= window.to) result.push({ series: one, occurrence });
    }
  }
  return result.sort(
    (a, b) => byStart(a.occurrence, b.occurrence) || (a.series.id < b.series.id ? -1 : a.series.id > b.series.id ? 1 : 0),
  );
}

export interface AttendedOccurrence {
  personIds: readonly string[];
  occurrence: ScheduledOccurrence;
  seriesId: string;
}

/**
 * Meetings per person per ISO week ("2026-W48", from the occurrence's own, possibly moved, week), in the
 * order given. Cancelled occurrences don't count; a person listed twice on one occurrence counts once.
 */
export function weeklyLoad(items: AttendedOccurrence[]): Map<string, Map<string, AttendedOccurrence[]>> {
  const load = new Map<string, Map<string, AttendedOccurrence[]>>();
  for (const item of items) {
    if (item.occurrence.status === "cancelled") continue;
    const week = formatIsoWeekKey(item.occurrence);
    const people = item.personIds.length > 1 ? new Set(item.personIds) : item.personIds;
    for (const personId of people) {
      let weeks = load.get(personId);
      if (!weeks) load.set(personId, (weeks = new Map()));
      const list = weeks.get(week);
      if (list) list.push(item);
      else weeks.set(week, [item]);
    }
  }
  return load;
}

/** The (person, week) pairs of a `weeklyLoad` with more than `limit` meetings (default 1: one meeting a week). */
export function overloadedWeeks(
  load: Map<string, Map<string, AttendedOccurrence[]>>,
  limit = 1,
): { personId: string; week: string; items: AttendedOccurrence[] }[] {
  const result: { personId: string; week: string; items: AttendedOccurrence[] }[] = [];
  for (const [personId, weeks] of load) {
    for (const [week, items] of weeks) if (items.length > limit) result.push({ personId, week, items });
  }
  return result;
}
