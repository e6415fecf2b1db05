import { addDaysLocal } from "../calendar/localTime.ts";
import { isoMondayOf, isoWeekKey } from "../calendar/isoWeek.ts";
import { addMonths } from "../board/dates.ts";
import { elapsedFraction, isBehindPace } from "./pace.ts";
import type { CadenceUnit, GoalStatus } from "./types.ts";

/** One week or month of a cadence goal, cut to the goal's period. */
export interface CadencePeriod {
  /** "2026-W47" for a week, "2026-11" for a month. */
  key: string;
  start: string;
  end: string;
  count: number;
  met: boolean;
  state: "past" | "current" | "future";
}

export interface CadenceProgress {
  unit: CadenceUnit;
  periods: CadencePeriod[];
  /** The week or month containing today; null before or after the goal's period. */
  currentPeriod: CadencePeriod | null;
  /** Met periods in a row, counted back from the current one. A current period that is not met yet
   *  does not break the streak: it can still be met. */
  streak: number;
  /** Periods that have ended without reaching the target. */
  missedPeriods: number;
}

export interface CadenceBounds {
  key: string;
  start: string;
  end: string;
}

// Every read of the goals works out the weeks of every cadence goal again (~100 µs for a year of weeks, most
// of a cold read's own CPU besides the queries), while goals' periods seldom change: remembered per period.
// Bounded, since periods are whatever users typed; the results are frozen because they are shared.
const boundsMemo = new Map<string, readonly Readonly<CadenceBounds>[]>();
const BOUNDS_MEMO_SIZE = 500;

/** The bounds of each week or month that has a day in [start, end], cut to that range. */
export function cadenceBounds(unit: CadenceUnit, start: string, end: string): readonly Readonly<CadenceBounds>[] {
  const memoKey = `${unit}:${start}:${end}`;
  const known = boundsMemo.get(memoKey);
  if (known) return known;
  const bounds: Readonly<CadenceBounds>[] = [];
  let first = unit === "week" ? isoMondayOf(start) : `${start.slice(0, 7)}-01`;
  while (first <= end) {
    const next = unit === "week" ? addDaysLocal(first, 7) : addMonths(first, 1);
    const last = addDaysLocal(next, -1);
    bounds.push(Object.freeze({ key: unit === "week" ? isoWeekKey(first) : first.slice(0, 7), start: first < start ? start : first, end: last > end ? end : last }));
    first = next;
  }
  const frozen = Object.freeze(bounds);
  if (boundsMemo.size >= BOUNDS_MEMO_SIZE) boundsMemo.clear();
  boundsMemo.set(memoKey, frozen);
  return frozen;
}

/** The key of the week ("2026-W47") or month ("2026-11") a day falls in, as `cadenceBounds` names them. */
export function cadenceKeyOf(unit: CadenceUnit, date: string): string {
  return unit === "week" ? isoWeekKey(isoMondayOf(date)) : date.slice(0, 7);
}

/**
 * `perPeriod`: the weight of the goal's activities per week or month key (`ActivityTally.perPeriod`),
 * counting only days within the goal's period and not after today.
 */
export function cadenceProgress(
  goal: { target: number; cadenceUnit: CadenceUnit; periodStart: string; periodEnd: string },
  perPeriod: Readonly<Record<string, number>>,
  today: string,
): CadenceProgress {
  const periods: CadencePeriod[] = cadenceBounds(goal.cadenceUnit, goal.periodStart, goal.periodEnd).map((bounds) => {
    const count = perPeriod[bounds.key] ?? 0;
    const state = bounds.end < today ? "past" : bounds.start > today ? "future" : "current";
    return { key: bounds.key, start: bounds.start, end: bounds.end, count, met: count >= goal.target, state };
  });
  const currentPeriod = periods.find((period) => period.state === "current") ?? null;
  let streak = currentPeriod?.met ? 1 : 0;
  for (const period of periods.filter((candidate) => candidate.state === "past").reverse()) {
    if (!period.met) break;
    streak += 1;
  }
  const missedPeriods = periods.filter((period) => period.state === "past" && !period.met).length;
  return { unit: goal.cadenceUnit, periods, currentPeriod, streak, missedPeriods };
}

/**
 * A cadence goal is done when its whole period passed without a miss, overdue when it passed with one.
 * While it runs it is behind when this week (month) is a whole unit behind its pace, or when the last
 * one was missed and this one is not met yet: the chair should see the broken rhythm until it is restored.
 */
export function cadenceStatus(progress: CadenceProgress, target: number, today: string, periodStart: string, periodEnd: string): GoalStatus {
  if (today < periodStart) return "on_track";
  if (today > periodEnd) return progress.missedPeriods === 0 ? "done" : "overdue";
  const current = progress.currentPeriod;
  if (!current || current.met) return "on_track";
  if (isBehindPace(current.count, cadenceExpected(current, target, today))) return "behind";
  const previous = progress.periods.filter((period) => period.state === "past").at(-1);
  return previous && !previous.met ? "behind" : "on_track";
}

/** Expected count in a week or month by the end of today. */
export function cadenceExpected(period: Pick<CadencePeriod, "start" | "end">, target: number, today: string): number {
  return target * elapsedFraction(period.start, period.end, today);
}
