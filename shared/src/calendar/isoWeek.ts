import { getISOWeek, getISOWeekYear } from "date-fns";
import { TZDate } from "@date-fns/tz";

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
