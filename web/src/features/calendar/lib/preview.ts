import { expandSchedule, scheduleHints, scheduleProblems, type ExpandedOccurrence, type Schedule } from "@afdelingsplanner/shared";
import { addDays, isDay, type Day } from "./dates.ts";
import { seriesBodyOf, type SeriesFormValues } from "./seriesForm.ts";

export const PREVIEW_COUNT = 8;

export type Preview =
  | { state: "incomplete" }
  | { state: "problems"; problems: string[] }
  | { state: "ok"; from: Day; occurrences: ExpandedOccurrence[]; hints: string[] };

/** The schedule the form describes, or null while a field it needs is still empty or half-typed. */
export function scheduleOf(values: SeriesFormValues): Schedule | null {
  const body = seriesBodyOf(values);
  if (!/^\d{2}:\d{2}$/.test(body.startTime) || values.durationMinutes.trim() === "") return null;
  if (!isDay(body.validFrom) || (body.validUntil !== null && !isDay(body.validUntil))) return null;
  if (body.recurrence.kind === "rrule" && body.recurrence.rule === "") return null;
  return { recurrence: body.recurrence, startTime: body.startTime, durationMinutes: body.durationMinutes, validFrom: body.validFrom, validUntil: body.validUntil };
}

/**
 * The next occurrences from today (or from the first valid day, if later), computed in the browser by
 * the same shared code the server uses. A short window first, so a dense rule stays cheap.
 * Hints are only shown for rules: they warn that FREQ=WEEKLY;INTERVAL=2 drifts out of odd/even weeks.
 * (For odd/even weeks the preview shows its own note at the turn of a 53-week year.)
 */
export function previewOf(values: SeriesFormValues, today: Day, timeZone: string): Preview {
  const schedule = scheduleOf(values);
  if (!schedule) return { state: "incomplete" };
  try {
    const problems = scheduleProblems(schedule);
    if (problems.length > 0) return { state: "problems", problems };
    const from = schedule.validFrom > today ? schedule.validFrom : today;
    let occurrences = expandSchedule(schedule, { from, to: addDays(from, 62) }, timeZone);
    if (occurrences.length < PREVIEW_COUNT) occurrences = expandSchedule(schedule, { from, to: addDays(from, 2 * 365) }, timeZone);
    const hints = schedule.recurrence.kind === "rrule" ? scheduleHints(schedule) : [];
    return { state: "ok", from, occurrences: occurrences.slice(0, PREVIEW_COUNT), hints };
  } catch (error) {
    return { state: "problems", problems: [error instanceof Error ? error.message : String(error)] };
  }
}
