/**
 * A meeting series' schedule: what it is, what is wrong with one, and its occurrences in a window.
 *
 * Times: a series meets at `startTime` local wall-clock time in the branch's IANA zone, on local dates.
 * A 19:30 meeting stays at 19:30 across DST changes; its instant shifts. Odd and even weeks are ISO 8601
 * week numbers from date-fns, stepped through directly (never rrule): in a 53-week year such as 2026 an
 * odd-week series meets in week 53 and in week 1 of the next year, and an even-week series goes three
 * weeks without a meeting.
 */
import { LIMITS } from "../schemas/limits.ts";
import { formatIsoWeekKey, isoMondayOf, isoWeekOfDayNumber, isoWeekOfLocalDate, parseIsoWeek, type WeekParity } from "./isoWeek.ts";
import {
  addDaysLocal,
  dayNumberToLocalDate,
  floatingMs,
  isoWithOffset,
  isValidTimeZone,
  localDateToDayNumber,
  MS_PER_MINUTE,
  parseLocalDate,
  parseLocalTime,
  resolveWallTime,
} from "./localTime.ts";
import { isEveryOtherWeek, parseRecurrenceRuleCached, ruleDates } from "./rule.ts";

export type Recurrence =
  | { kind: "odd_weeks" | "even_weeks"; weekday: number }
  | { kind: "rrule"; rule: string }
  | { kind: "single"; date: string };

export interface Schedule {
  recurrence: Recurrence;
  /** "HH:MM", local wall-clock time. */
  startTime: string;
  durationMinutes: number;
  /** First local date the series may meet on, "YYYY-MM-DD". For a rule, also where it starts counting (COUNT, INTERVAL). */
  validFrom: string;
  /** Last local date the series may meet on (inclusive); null = open-ended. */
  validUntil: string | null;
}

export interface ExpandedOccurrence {
  /** The local date the occurrence is planned on: the key for exceptions. */
  date: string;
  /** "YYYY-MM-DDTHH:MM", local. Normally `date` + startTime; later when startTime falls in a spring-forward gap. */
  startLocal: string;
  endLocal: string;
  /** ISO 8601 with the zone's offset: "2027-01-05T19:30:00+01:00". */
  start: string;
  end: string;
  /** Epoch milliseconds. */
  startsAt: number;
  endsAt: number;
  /** ISO week of the local start date. */
  isoWeek: number;
  isoWeekYear: number;
  parity: WeekParity;
}

export interface DateWindow {
  /** First local date, inclusive. */
  from: string;
  /** Last local date, inclusive. */
  to: string;
}

/** A meeting lasts from five minutes to a day (LIMITS.calendar.durationMinutes). */
export const MIN_DURATION_MINUTES = LIMITS.calendar.durationMinutes.min;
export const MAX_DURATION_MINUTES = LIMITS.calendar.durationMinutes.max;
/** How far ahead an open-ended schedule is checked for having any meeting at all. */
export const OPEN_ENDED_CHECK_YEARS = 10;

function requireDate(value: string, what: string): void {
  if (!parseLocalDate(value)) throw new RangeError(`${what} is not a date (YYYY-MM-DD): "${value}"`);
}

function addYearsLocal(date: string, years: number): string {
  const shifted = `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  return parseLocalDate(shifted) ? shifted : addDaysLocal(`${shifted.slice(0, 8)}28`, 1); // 29 February → 1 March
}

/**
 * Planned local dates of a schedule within [from, to] ∩ [validFrom, validUntil], sorted.
 * Throws RangeError for a schedule `scheduleProblems` would refuse in a way that prevents expansion.
 */
export function plannedDates(schedule: Schedule, window: DateWindow): string[] {
  requireDate(window.from, "window.from");
  requireDate(window.to, "window.to");
  requireDate(schedule.validFrom, "validFrom");
  if (schedule.validUntil !== null) requireDate(schedule.validUntil, "validUntil");
  const from = window.from > schedule.validFrom ? window.from : schedule.validFrom;
  const to = schedule.validUntil !== null && schedule.validUntil < window.to ? schedule.validUntil : window.to;
  if (from > to) return [];
  const recurrence = schedule.recurrence;
  switch (recurrence.kind) {
    case "odd_weeks":
    case "even_weeks": {
      const { weekday } = recurrence;
      if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) throw new RangeError(`weekday must be 1 (Monday) to 7 (Sunday): ${weekday}`);
      const parity: WeekParity = recurrence.kind === "odd_weeks" ? "odd" : "even";
      const first = localDateToDayNumber(from);
      const last = localDateToDayNumber(to);
      const dates: string[] = [];
      // Visit that weekday in every ISO week touching the window; keep the weeks of the right parity.
      for (let day = localDateToDayNumber(isoMondayOf(from)) + weekday - 1; day <= last; day += 7) {
        if (day < first) continue;
        if (isoWeekOfDayNumber(day).parity === parity) dates.push(dayNumberToLocalDate(day));
      }
      return dates;
    }
    case "rrule": {
      const parsed = parseRecurrenceRuleCached(recurrence.rule);
      if (!parsed.rule) throw new RangeError(`Invalid rule "${recurrence.rule}": ${parsed.problems.join(" ")}`);
      if (!parseLocalTime(schedule.startTime)) throw new RangeError(`startTime is not HH:MM: "${schedule.startTime}"`);
      return ruleDates(parsed.rule, schedule.validFrom, schedule.startTime, from, to);
    }
    case "single":
      requireDate(recurrence.date, "recurrence.date");
      return recurrence.date >= from && recurrence.date <= to ? [recurrence.date] : [];
    default:
      throw new RangeError(`Unknown recurrence kind: ${JSON.stringify((recurrence as { kind?: unknown }).kind)}`);
  }
}

/**
 * One occurrence on local `date` at local `startTime` (HH:MM) for `durationMinutes` of real time, in `timeZone`.
 * The end is start + duration of elapsed time, so a meeting spanning a DST change is still that long; its
 * `endLocal` is the wall clock at that instant. See `resolveWallTime` for times that occur twice or not at all.
 */
export function occurrenceAt(date: string, startTime: string, durationMinutes: number, timeZone: string): ExpandedOccurrence {
  const day = parseLocalDate(date);
  const time = parseLocalTime(startTime);
  if (!day || !time) throw new RangeError(`Not a local date and time: "${date}", "${startTime}"`);
  const durationMs = durationMinutes * MS_PER_MINUTE;
  const resolved = resolveWallTime(floatingMs(day, time.hour, time.minute), timeZone, durationMs);
  const startsAt = resolved.epochMs;
  const endsAt = startsAt + durationMs;
  const start = isoWithOffset(startsAt, resolved.offsetMinutes);
  const end = isoWithOffset(endsAt, resolved.laterOffsetMinutes);
  const week = isoWeekOfLocalDate(date);
  return {
    date,
    startLocal: start.slice(0, 16),
    endLocal: end.slice(0, 16),
    start,
    end,
    startsAt,
    endsAt,
    isoWeek: week.isoWeek,
    isoWeekYear: week.isoWeekYear,
    parity: week.parity,
  };
}

/**
 * The occurrences of `schedule` whose planned local date lies in [window.from, window.to] (inclusive) and in
 * [validFrom, validUntil], sorted by date. Exceptions are not applied here (see `applyExceptions`).
 * Expects a schedule without `scheduleProblems`; throws RangeError on one that cannot be expanded, on an
 * invalid window and on an unknown time zone.
 */
export function expandSchedule(schedule: Schedule, window: DateWindow, timeZone: string): ExpandedOccurrence[] {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: "${timeZone}"`);
  const duration = schedule.durationMinutes;
  if (!Number.isInteger(duration) || duration < MIN_DURATION_MINUTES || duration > MAX_DURATION_MINUTES) {
    throw new RangeError(`durationMinutes must be a whole number from ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES}: ${duration}`);
  }
  return plannedDates(schedule, window).map((date) => occurrenceAt(date, schedule.startTime, duration, timeZone));
}

/**
 * Whether the schedule plans a meeting on local `date` (before exceptions): what the API checks before
 * accepting a change to "the occurrence on `date`". False for a malformed date. Planned dates don't depend on
 * the zone; `timeZone` is checked (RangeError when unknown) so callers pass the branch's zone as everywhere else.
 */
export function isPlannedOccurrence(schedule: Schedule, date: string, timeZone: string): boolean {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: "${timeZone}"`);
  if (!parseLocalDate(date)) return false;
  return plannedDates(schedule, { from: date, to: date }).length > 0;
}

/** The period checked for "gives no meeting at all": the validity, or ten years when open-ended. */
function checkHorizon(schedule: Schedule): DateWindow {
  return { from: schedule.validFrom, to: schedule.validUntil ?? addDaysLocal(addYearsLocal(schedule.validFrom, OPEN_ENDED_CHECK_YEARS), -1) };
}

/**
 * What is wrong with a schedule, as English sentences a person can act on; empty when it is fine.
 * Checks formats and ranges, the RRULE (see `parseRecurrenceRule`), the validity period, and that the
 * schedule gives at least one meeting (within ten years when open-ended).
 */
export function scheduleProblems(schedule: Schedule): string[] {
  const problems: string[] = [];
  const recurrence = schedule.recurrence;
  switch (recurrence?.kind) {
    case "odd_weeks":
    case "even_weeks":
      if (!Number.isInteger(recurrence.weekday) || recurrence.weekday < 1 || recurrence.weekday > 7) {
        problems.push(`The weekday must be 1 (Monday) to 7 (Sunday); got ${String(recurrence.weekday)}.`);
      }
      break;
    case "rrule":
      problems.push(...parseRecurrenceRuleCached(String(recurrence.rule)).problems);
      break;
    case "single":
      if (!parseLocalDate(String(recurrence.date))) problems.push(`The meeting date "${String(recurrence.date)}" is not a date; use YYYY-MM-DD, e.g. 2027-01-05.`);
      break;
    default:
      problems.push("Choose how the series repeats: odd weeks, even weeks, a rule (RRULE) or a single date.");
  }
  if (!parseLocalTime(String(schedule.startTime))) {
    problems.push(`The start time "${String(schedule.startTime)}" is not a time of day; use HH:MM from 00:00 to 23:59, e.g. 19:30.`);
  }
  const duration = schedule.durationMinutes;
  if (!Number.isInteger(duration) || duration < MIN_DURATION_MINUTES || duration > MAX_DURATION_MINUTES) {
    problems.push(`The duration must be a whole number of minutes from ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES} (24 hours); got ${String(duration)}.`);
  }
  const fromOk = parseLocalDate(String(schedule.validFrom)) !== null;
  if (!fromOk) problems.push(`The "valid from" date "${String(schedule.validFrom)}" is not a date; use YYYY-MM-DD, e.g. 2026-09-01.`);
  const until = schedule.validUntil;
  const untilOk = until === null || parseLocalDate(String(until)) !== null;
  if (!untilOk) problems.push(`The "valid until" date "${String(until)}" is not a date; use YYYY-MM-DD, or leave it empty for no end.`);
  if (fromOk && untilOk && until !== null && until < schedule.validFrom) {
    problems.push(`"Valid until" (${until}) is before "valid from" (${schedule.validFrom}); the series could never meet.`);
  }
  if (recurrence?.kind === "single" && fromOk && untilOk && parseLocalDate(String(recurrence.date))) {
    if (recurrence.date < schedule.validFrom || (until !== null && recurrence.date > until)) {
      const period = until === null ? `from ${schedule.validFrom} on` : `${schedule.validFrom} to ${until}`;
      problems.push(`The meeting date ${recurrence.date} is outside the period the series is valid (${period}); change the date or the period.`);
    }
  }
  if (problems.length > 0) return problems;

  const horizon = checkHorizon(schedule);
  if (plannedDates(schedule, horizon).length === 0) {
    problems.push(
      until === null
        ? `This schedule gives no meeting in the ${OPEN_ENDED_CHECK_YEARS} years from ${schedule.validFrom}; check the rule and the "valid from" date.`
        : `This schedule gives no meeting between ${schedule.validFrom} and ${until}; check the ${recurrence.kind === "rrule" ? "rule" : "weekday"} and the dates.`,
    );
  }
  return problems;
}

function weekLabel(date: string): string {
  const week = isoWeekOfLocalDate(date);
  return `week ${week.isoWeek} of ${week.isoWeekYear}`;
}

/**
 * Advice that is not an error (empty when there is none), for a schedule without problems:
 * - FREQ=WEEKLY;INTERVAL=2 is "every two weeks", which is not "odd weeks" or "even weeks": it switches
 *   parity after each 53-week year. Says when this series switches.
 * - Odd or even weeks across a 53-week year: says where the odd series meets two weeks in a row, or the
 *   even series skips three weeks (the first such turn of the year in the series' validity, or in ten years).
 */
export function scheduleHints(schedule: Schedule): string[] {
  if (scheduleProblems(schedule).length > 0) return [];
  const hints: string[] = [];
  const horizon = checkHorizon(schedule);
  const recurrence = schedule.recurrence;
  if (recurrence.kind === "rrule") {
    const parsed = parseRecurrenceRuleCached(recurrence.rule);
    if (parsed.rule && isEveryOtherWeek(parsed.rule)) {
      const dates = plannedDates(schedule, horizon);
      const firstParity = isoWeekOfLocalDate(dates[0] as string).parity;
      const switchIndex = dates.findIndex((date) => isoWeekOfLocalDate(date).parity !== firstParity);
      const other = firstParity === "odd" ? "even" : "odd";
      let detail = "";
      if (switchIndex > 0) {
        const before = dates[switchIndex - 1] as string;
        const after = dates[switchIndex] as string;
        detail = ` This series meets in ${firstParity} weeks until ${before} (${weekLabel(before)}), then in ${other} weeks from ${after} (${weekLabel(after)}), because ${isoWeekOfLocalDate(before).isoWeekYear} has 53 ISO weeks.`;
      }
      hints.push(
        `Every two weeks (FREQ=WEEKLY;INTERVAL=2) drifts into the other week parity after a 53-week year.${detail} If the series should stay in odd or even ISO weeks, choose odd weeks or even weeks instead of a rule.`,
      );
    }
  } else if (recurrence.kind === "odd_weeks" || recurrence.kind === "even_weeks") {
    // The first ISO week 53 whose turn of the year lies in the horizon.
    for (let year = Number(horizon.from.slice(0, 4)) - 1; year <= Number(horizon.to.slice(0, 4)); year++) {
      const week53 = parseIsoWeek(formatIsoWeekKey({ isoWeekYear: year, isoWeek: 53 }));
      if (!week53 || week53.sunday < horizon.from || week53.monday > horizon.to) continue;
      const week1 = addDaysLocal(week53.sunday, 1);
      hints.push(
        recurrence.kind === "odd_weeks"
          ? `${year} has 53 ISO weeks: this odd-week series meets in week 53 (${week53.monday} to ${week53.sunday}) and again in week 1 of ${year + 1}, two weeks in a row.`
          : `${year} has 53 ISO weeks: this even-week series meets in week 52 of ${year} and next in week 2 of ${year + 1}, with no meeting in week 53 and week 1 (${week53.monday} to ${addDaysLocal(week1, 6)}): three weeks between meetings.`,
      );
      break;
    }
  }
  return hints;
}
