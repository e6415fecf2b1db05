import { TZDate } from "@date-fns/tz";
import { addDaysLocal } from "../calendar/localTime.ts";

// The roster works on calendar days written YYYY-MM-DD. Such strings sort like the days
// they name, so comparisons are plain string comparisons and no host time zone can shift them.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");
const format = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Whether `value` is YYYY-MM-DD naming a day that exists (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parts(value: string): [number, number, number] {
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
  const [year, month, day] = value.split("-").map(Number);
  return [year ?? 0, month ?? 0, day ?? 0];
}

/** Calendar arithmetic like a person does it: 31 August + 1 month is 30 September, 29 February + 1 year is 28 February. */
export function addMonths(value: string, months: number): string {
  const [year, month, day] = parts(value);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** `value` plus `days` calendar days: the calendar's own day arithmetic, under the roster's name. */
export const addDays = addDaysLocal;

/** The calendar day of a database DATE column (which arrives as UTC midnight). */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today in the branch's time zone: just after midnight in Amsterdam it is already tomorrow there, not yet in UTC. */
export function todayIn(timeZone: string, now: Date): string {
  const local = new TZDate(now.getTime(), timeZone);
  return format(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

export const laterOf = (a: string, b: string) => (a > b ? a : b);
export const earlierOf = (a: string, b: string) => (a < b ? a : b);
