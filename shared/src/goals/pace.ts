import { daysBetweenLocal } from "../calendar/localTime.ts";
import type { GoalStatus } from "./types.ts";

/**
 * The share of a period that has passed by the end of `today`: 0 before the first day, 1/n on the
 * first day of an n-day period, 1 on the last day and after. Counting today as passed is what a
 * chair means by "by now": on the last day the whole target is due.
 */
export function elapsedFraction(start: string, end: string, today: string): number {
  if (today < start) return 0;
  if (today >= end) return 1;
  return (daysBetweenLocal(start, today) + 1) / (daysBetweenLocal(start, end) + 1);
}

/** Where a steady pace from `from` to `target` over the period would stand by the end of `today`. */
export function expectedOn(start: string, end: string, today: string, target: number, from = 0): number {
  return from + (target - from) * elapsedFraction(start, end, today);
}

// Guards against 4.999999 from floating-point division where the exact answer is 5.
const EPSILON = 1e-9;

/**
 * Behind means at least one whole unit (activity, follower) short of the expected pace. Nobody can
 * do 0.3 of a demonstration, so a goal is not behind on its first day just because expected is 0.02.
 */
export function isBehindPace(current: number, expected: number): boolean {
  return current < Math.floor(expected + EPSILON);
}

/** Status of a goal measured by one number against its target over one period. */
export function statusOf(progress: { current: number; target: number; expected: number; periodEnd: string; today: string }): GoalStatus {
  if (progress.current >= progress.target) return "done";
  if (progress.today > progress.periodEnd) return "overdue";
  return isBehindPace(progress.current, progress.expected) ? "behind" : "on_track";
}

/** Two decimals are plenty for "expected by now: 1.37". */
export const roundExpected = (value: number) => Math.round(value * 100) / 100;
