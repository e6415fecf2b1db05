/**
 * Local (wall-clock) dates and times in a branch's time zone, and their conversion to instants.
 *
 * Formats: a local date is "YYYY-MM-DD", a local time "HH:MM" (24-hour), a local date-time
 * "YYYY-MM-DDTHH:MM" (no seconds, no offset). Years run from 1000 to 9999.
 *
 * Nothing here reads the host's time zone: calendar arithmetic is done on UTC fields, and offsets
 * come from the IANA database through `tzOffset` of `@date-fns/tz`. We deliberately don't use the
 * `TZDate` constructor for wall-clock → instant: for a time that occurs twice (the autumn hour) it
 * picks a different instant depending on the host's TZ (checked on Node 20: TZ=UTC and
 * America/New_York give the winter-time instant, Europe/Amsterdam and Asia/Kolkata the summer-time
 * one), and it is about 10 µs a call.
 */
import { tzOffset } from "@date-fns/tz";

export interface LocalDateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export interface LocalTimeParts {
  /** 0–23 */
  hour: number;
  /** 0–59 */
  minute: number;
}

export interface LocalDateTimeParts extends LocalDateParts, LocalTimeParts {}

/** An instant with the branch's view of it. */
export interface LocalInstant {
  /** Milliseconds since the Unix epoch. */
  epochMs: number;
  /** ISO 8601 with the zone's UTC offset at that instant, seconds included: "2027-01-05T19:30:00+01:00". */
  iso: string;
}

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function validTime(hour: number, minute: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

/** "2026-02-28" → parts; null for a malformed or non-existent date ("2026-02-30", "2026-2-3"). */
export function parseLocalDate(value: string): LocalDateParts | null {
  const match = DATE_RE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return validDate(year, month, day) ? { year, month, day } : null;
}

/** "19:30" → parts; null unless it is HH:MM from 00:00 to 23:59. */
export function parseLocalTime(value: string): LocalTimeParts | null {
  const match = TIME_RE.exec(value);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return validTime(hour, minute) ? { hour, minute } : null;
}

/** "2027-01-05T19:30" → parts; null for anything else (no seconds, no offset). */
export function parseLocalDateTime(value: string): LocalDateTimeParts | null {
  const match = DATE_TIME_RE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  return validDate(year, month, day) && validTime(hour, minute) ? { year, month, day, hour, minute } : null;
}

export function isLocalDate(value: string): boolean {
  return parseLocalDate(value) !== null;
}

export function isLocalTime(value: string): boolean {
  return parseLocalTime(value) !== null;
}

export function isLocalDateTime(value: string): boolean {
  return parseLocalDateTime(value) !== null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Wall-clock fields as if they were UTC: the "floating" time value used for all arithmetic here. */
export function floatingMs(parts: LocalDateParts, hour = 0, minute = 0): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute);
}

/** "YYYY-MM-DD" of a floating time value. */
export function formatFloatingDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** "YYYY-MM-DDTHH:MM" of a floating time value. */
export function formatFloatingDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

function requireDate(value: string): LocalDateParts {
  const parts = parseLocalDate(value);
  if (!parts) throw new RangeError(`Not a date (YYYY-MM-DD): "${value}"`);
  return parts;
}

function requireDateTime(value: string): LocalDateTimeParts {
  const parts = parseLocalDateTime(value);
  if (!parts) throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:MM): "${value}"`);
  return parts;
}

/** Days since 1970-01-01 of a local date (throws RangeError on an invalid date). */
export function localDateToDayNumber(date: string): number {
  return floatingMs(requireDate(date)) / MS_PER_DAY;
}

/** Inverse of `localDateToDayNumber`. */
export function dayNumberToLocalDate(dayNumber: number): string {
  return formatFloatingDate(dayNumber * MS_PER_DAY);
}

/** `date` plus `days` calendar days. */
export function addDaysLocal(date: string, days: number): string {
  return dayNumberToLocalDate(localDateToDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenLocal(from: string, to: string): number {
  return localDateToDayNumber(to) - localDateToDayNumber(from);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: string): number {
  const jsDay = new Date(localDateToDayNumber(date) * MS_PER_DAY).getUTCDay();
  return jsDay === 0 ? 7 : jsDay;
}

/**
 * Wall-clock arithmetic: "2026-10-24T23:30" + 120 → "2026-10-25T01:30", whatever DST does that night.
 * For the real elapsed time between two local times, convert both with `localToInstant`.
 */
export function addMinutesLocal(localDateTime: string, minutes: number): string {
  const p = requireDateTime(localDateTime);
  return formatFloatingDateTime(floatingMs(p, p.hour, p.minute) + minutes * MS_PER_MINUTE);
}

const validZones = new Map<string, boolean>();

/** Whether `timeZone` is an IANA zone name this runtime knows ("Europe/Amsterdam", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = validZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (validZones.size < 1000) validZones.set(timeZone, valid);
  }
  return valid;
}

// Offsets already looked up, per zone and exact instant. Expansions ask for the same instants again and again
// (the same meetings, request after request), and an Intl lookup costs about 1.5 µs.
const offsetMemo = new Map<string, Map<number, number>>();
const OFFSET_MEMO_LIMIT = 100_000;

/** Forgets memoised offsets (tests use it to prove results don't depend on the host's TZ). */
export function clearOffsetMemo(): void {
  offsetMemo.clear();
}

/** UTC offset in minutes of `timeZone` at `epochMs` (+60 for Amsterdam in winter). Throws RangeError for an unknown zone. */
export function utcOffsetMinutes(epochMs: number, timeZone: string): number {
  let memo = offsetMemo.get(timeZone);
  if (memo) {
    const known = memo.get(epochMs);
    if (known !== undefined) return known;
  } else {
    if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: "${timeZone}"`);
    if (offsetMemo.size >= 100) offsetMemo.clear();
    offsetMemo.set(timeZone, (memo = new Map()));
  }
  const offset = tzOffset(timeZone, new Date(epochMs));
  if (!Number.isFinite(offset)) throw new RangeError(`No UTC offset for "${timeZone}" at ${epochMs}`);
  if (memo.size >= OFFSET_MEMO_LIMIT) memo.clear();
  memo.set(epochMs, offset);
  return offset;
}

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(Math.round(offsetMinutes));
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

export function isoWithOffset(epochMs: number, offsetMinutes: number): string {
  const d = new Date(epochMs + offsetMinutes * MS_PER_MINUTE);
  return (
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` +
    `T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}${formatOffset(offsetMinutes)}`
  );
}

/** Internal result of resolving a wall-clock time: the instant, its offset, and the offset `afterMs` later. */
export interface ResolvedWallTime {
  epochMs: number;
  offsetMinutes: number;
  /** Offset at `epochMs + afterMs` (the end of a meeting), see `resolveWallTime`. */
  laterOffsetMinutes: number;
}

/**
 * Resolves a floating wall-clock value (`floatingMs`, wall fields read as UTC) in `timeZone`.
 * - Normal times: the one instant showing that wall-clock time.
 * - Autumn (fall-back) overlap, e.g. 02:30 on 2026-10-25 in Amsterdam: the earlier instant (summer time, +02:00).
 * - Spring-forward gap, e.g. 02:30 on 2027-03-28 in Amsterdam: the time does not exist; it resolves
 *   *forward* by the length of the gap, to 03:30 +02:00 (what RFC 5545 and Temporal's "compatible" do).
 * Also returns the offset `afterMs` later, so a caller can place a meeting's end without a second lookup.
 * Two offset lookups, a day before and a day (plus `afterMs`) after; when they agree the offset is taken as
 * constant in between. That assumes a zone never changes its offset twice within about three days: checked
 * for all 418 zones of Node 20's tzdata, 1970–2060, the shortest interval between changes is 7 days
 * (Brazil 2000; Asia/Gaza and Asia/Hebron 2040 and 2054).
 */
export function resolveWallTime(floating: number, timeZone: string, afterMs = 0): ResolvedWallTime {
  const before = utcOffsetMinutes(floating - MS_PER_DAY, timeZone);
  const after = utcOffsetMinutes(floating + MS_PER_DAY + afterMs, timeZone);
  if (before === after) {
    // No change of offset anywhere near: the common case, two lookups.
    return { epochMs: floating - before * MS_PER_MINUTE, offsetMinutes: before, laterOffsetMinutes: before };
  }
  // Near a transition: try both offsets; keep those that really show this wall time.
  const candidates: number[] = [];
  for (const offset of [before, after]) {
    const epochMs = floating - offset * MS_PER_MINUTE;
    if (utcOffsetMinutes(epochMs, timeZone) === offset) candidates.push(epochMs);
  }
  // Overlap: the earlier instant. Gap: none matches; use the offset from before the change, which
  // lands after the change, i.e. later on the wall clock by the size of the gap.
  const epochMs = candidates.length > 0 ? Math.min(...candidates) : floating - before * MS_PER_MINUTE;
  return {
    epochMs,
    offsetMinutes: utcOffsetMinutes(epochMs, timeZone),
    laterOffsetMinutes: utcOffsetMinutes(epochMs + afterMs, timeZone),
  };
}

/**
 * The instant a local date-time denotes in `timeZone`.
 * `localToInstant("2027-01-05T19:30", "Europe/Amsterdam")` → `{ epochMs: 1799173800000, iso: "2027-01-05T19:30:00+01:00" }`.
 * A time that occurs twice (autumn) gives the first one; a time inside the spring-forward gap moves
 * forward by the gap ("2027-03-28T02:30" → "2027-03-28T03:30:00+02:00"). Throws RangeError on bad input.
 */
export function localToInstant(localDateTime: string, timeZone: string): LocalInstant {
  const p = requireDateTime(localDateTime);
  const { epochMs, offsetMinutes } = resolveWallTime(floatingMs(p, p.hour, p.minute), timeZone);
  return { epochMs, iso: isoWithOffset(epochMs, offsetMinutes) };
}

/** ISO 8601 with the zone's offset at that instant: `formatInstant(Date.UTC(2027, 0, 5, 18, 30), "Europe/Amsterdam")` → "2027-01-05T19:30:00+01:00". */
export function formatInstant(epochMs: number, timeZone: string): string {
  return isoWithOffset(epochMs, utcOffsetMinutes(epochMs, timeZone));
}

/** The wall-clock "YYYY-MM-DDTHH:MM" at `epochMs` in `timeZone` (seconds dropped). */
export function instantToLocal(epochMs: number, timeZone: string): string {
  return formatFloatingDateTime(epochMs + utcOffsetMinutes(epochMs, timeZone) * MS_PER_MINUTE);
}
