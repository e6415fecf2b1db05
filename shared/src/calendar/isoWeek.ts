import { getISOWeek, getISOWeekYear } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { addDaysLocal, dayNumberToLocalDate, isoWeekdayOf, localDateToDayNumber, MS_PER_DAY } from "./localTime.ts";

export type WeekParity = "odd" | "even";

export interface IsoWeekInfo {
  isoWeek: number;
  isoWeekYear: number;
  parity: WeekParity;
}

/** ISO 8601 week of a calendar day. date-fns is the source of truth for week numbers (not rrule, see ../shared/notes/calendar.md). */
export function isoWeekOf(day: Date): IsoWeekInfo {
  const isoWeek = getISOWeek(day);
  return { isoWeek, isoWeekYear: getISOWeekYear(day), parity: isoWeek % 2 === 0 ? "even" : "odd" };
}

/**
 * The ISO week that `instant` falls in for someone living in `timeZone`.
 * Independent of the host's TZ: a Sunday 23:30 in Amsterdam is still that Sunday.
 */
export function isoWeekAt(instant: Date, timeZone: string): IsoWeekInfo {
  return isoWeekOf(new TZDate(instant.getTime(), timeZone));
}

/** A week as `parseIsoWeek` describes it. */
export interface IsoWeekRange {
  isoWeekYear: number;
  isoWeek: number;
  /** First day (Monday), "YYYY-MM-DD". */
  monday: string;
  /** Last day (Sunday), "YYYY-MM-DD". */
  sunday: string;
}

const ISO_WEEK_KEY_RE = /^(\d{4})-W(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Weeks already computed, keyed by the day number of their Monday: every day of a week shares it, so the
// board and the working groups meeting in one week cost one date-fns call between them.
const weekByMonday = new Map<number, IsoWeekInfo>();

/** Forgets memoised weeks (tests use it to prove results don't depend on the host's TZ). */
export function clearIsoWeekCache(): void {
  weekByMonday.clear();
}

/**
 * ISO week of the day `dayNumber` days after 1970-01-01 (date-fns, via `isoWeekOf`). date-fns reads a plain
 * Date's local fields, so it is handed noon of that day in the host's zone: the same week whatever the host
 * TZ (noon exists on every day of every zone since 2011).
 */
export function isoWeekOfDayNumber(dayNumber: number): IsoWeekInfo {
  const monday = dayNumber - ((((dayNumber + 3) % 7) + 7) % 7); // 1970-01-01 was a Thursday
  let info = weekByMonday.get(monday);
  if (!info) {
    const day = new Date(monday * MS_PER_DAY);
    info = Object.freeze(isoWeekOf(new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12)));
    if (weekByMonday.size >= 20_000) weekByMonday.clear();
    weekByMonday.set(monday, info);
  }
  return info;
}

/** ISO week of a local date "YYYY-MM-DD" (date-fns, via `isoWeekOf`). Throws RangeError on an invalid date. */
export function isoWeekOfLocalDate(date: string): IsoWeekInfo {
  return isoWeekOfDayNumber(localDateToDayNumber(date));
}

/** "2026-W53" for an ISO week-numbering year and week. */
export function formatIsoWeekKey(week: { isoWeekYear: number; isoWeek: number }): string {
  return `${week.isoWeekYear}-W${pad2(week.isoWeek)}`;
}

/**
 * The ISO week key of a day: `isoWeekKey("2027-01-03")` → "2026-W53".
 * A string is a local date "YYYY-MM-DD"; a `Date` is read the way date-fns reads it (its local fields,
 * or the zone of a `TZDate`). Throws RangeError on an invalid date string.
 */
export function isoWeekKey(date: string | Date): string {
  return formatIsoWeekKey(typeof date === "string" ? isoWeekOfLocalDate(date) : isoWeekOf(date));
}

/**
 * "2026-W48" → its year, number, Monday and Sunday; null when the text is malformed or the week does not
 * exist (2026-W00, 2027-W53, 2026-W60). 2026-W53 exists: 2026-12-28 to 2027-01-03.
 */
export function parseIsoWeek(key: string): IsoWeekRange | null {
  const match = ISO_WEEK_KEY_RE.exec(key);
  if (!match) return null;
  const isoWeekYear = Number(match[1]);
  const isoWeek = Number(match[2]);
  if (isoWeek < 1 || isoWeek > 53 || isoWeekYear < 1001 || isoWeekYear > 9998) return null;
  // 4 January is always in week 1; its week's Monday plus (isoWeek - 1) weeks.
  const jan4 = localDateToDayNumber(`${isoWeekYear}-01-04`);
  const monday = dayNumberToLocalDate(jan4 - (isoWeekdayOf(`${isoWeekYear}-01-04`) - 1) + (isoWeek - 1) * 7);
  const week = isoWeekOfLocalDate(monday); // date-fns decides whether week 53 exists
  if (week.isoWeekYear !== isoWeekYear || week.isoWeek !== isoWeek) return null;
  return { isoWeekYear, isoWeek, monday, sunday: addDaysLocal(monday, 6) };
}

/** The Monday of the ISO week a local date is in. */
export function isoMondayOf(date: string): string {
  return addDaysLocal(date, 1 - isoWeekdayOf(date));
}

/**
 * Keys of every ISO week that has a day in [from, to] (local dates, inclusive), in order:
 * `isoWeeksBetween("2026-12-20", "2027-01-10")` → ["2026-W51", "2026-W52", "2026-W53", "2027-W01"].
 * Empty when `to` is before `from`. Throws RangeError on an invalid date.
 */
export function isoWeeksBetween(from: string, to: string): string[] {
  const last = localDateToDayNumber(to);
  const keys: string[] = [];
  if (last < localDateToDayNumber(from)) return keys;
  for (let day = localDateToDayNumber(isoMondayOf(from)); day <= last; day += 7) {
    keys.push(formatIsoWeekKey(isoWeekOfLocalDate(dayNumberToLocalDate(day))));
  }
  return keys;
}
