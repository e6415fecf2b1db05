import { activityWeight } from "./activities.ts";
import { cadenceExpected, cadenceKeyOf, cadenceProgress, cadenceStatus, type CadenceProgress } from "./cadence.ts";
import { expectedOn, roundExpected, statusOf } from "./pace.ts";
import type { ActivityTally, CountedActivity, GoalDefinition, GoalStatus, Measurement } from "./types.ts";

export interface MetricProgress {
  /** The value the period started from: the last measurement on or before its first day, else the first one in it. */
  baseline: number | null;
  /** The day of the measurement that `current` shows; null when nothing was measured yet. */
  measuredOn: string | null;
}

export interface GoalProgress {
  /** count: activities so far; distinct: organisations; cadence: this week's (month's) count;
   *  milestone: 1 when done; metric: the latest value. */
  current: number;
  target: number;
  /** Where a steady pace would stand by the end of today (for cadence: within this week or month). */
  expectedByNow: number;
  status: GoalStatus;
  cadence: CadenceProgress | null;
  metric: MetricProgress | null;
}

/** Either the activities of the goal's own working group (the goal picks its type and period), or their
 *  tally for this goal (`tallyActivities`, or the same sums made by the database). */
export type GoalEvidence = ({ activities: readonly CountedActivity[] } | { tally: ActivityTally }) & {
  /** Metric goals only. */
  measurements: readonly Measurement[];
};

const NO_ACTIVITY: ActivityTally = { weight: 0, organisations: 0, perPeriod: {} };

/**
 * The sums `goalProgress` needs from a working group's activities: those of the goal's type, within its
 * period (the last day counts) and not after today. Goals without an activity type count nothing.
 */
export function tallyActivities(goal: GoalDefinition, activities: readonly CountedActivity[], today: string): ActivityTally {
  if (!goal.activityType) return NO_ACTIVITY;
  const last = today < goal.periodEnd ? today : goal.periodEnd;
  const organisations = new Set<string>();
  const perPeriod: Record<string, number> = {};
  let weight = 0;
  for (const activity of activities) {
    if (activity.type !== goal.activityType || activity.date < goal.periodStart || activity.date > last) continue;
    const added = activityWeight(activity);
    weight += added;
    if (activity.organisationId) organisations.add(activity.organisationId);
    if (goal.cadenceUnit) {
      const key = cadenceKeyOf(goal.cadenceUnit, activity.date);
      perPeriod[key] = (perPeriod[key] ?? 0) + added;
    }
  }
  return { weight, organisations: organisations.size, perPeriod };
}

/**
 * Where one goal stands on `today` (the branch's local date). Pure: the same inputs give the same
 * answer on any server, so progress is never stored, only computed from what was logged.
 * Activities and measurements outside the period don't count (the period's last day does), nor do
 * any dated after today: progress is "as of today", also when asked about a past day.
 */
export function goalProgress(goal: GoalDefinition, evidence: GoalEvidence, today: string): GoalProgress {
  const paced = (current: number, expected: number): GoalProgress => ({
    current,
    target: goal.target,
    expectedByNow: roundExpected(expected),
    status: statusOf({ current, target: goal.target, expected, periodEnd: goal.periodEnd, today }),
    cadence: null,
    metric: null,
  });
  const tally = "tally" in evidence ? evidence.tally : tallyActivities(goal, evidence.activities, today);

  switch (goal.kind) {
    case "count":
      return paced(tally.weight, expectedOn(goal.periodStart, goal.periodEnd, today, goal.target));
    case "distinct":
      return paced(tally.organisations, expectedOn(goal.periodStart, goal.periodEnd, today, goal.target));
    case "milestone": {
      // A milestone has no pace: it is due on its deadline, so "behind" can only show on that day.
      const current = goal.completedOn ? 1 : 0;
      return paced(current, today >= goal.periodEnd ? goal.target : 0);
    }
    case "metric":
      return metricProgress(goal, evidence.measurements, today);
    case "cadence":
      return cadenceGoalProgress(goal, tally.perPeriod, today);
  }
}

function metricProgress(goal: GoalDefinition, measurements: readonly Measurement[], today: string): GoalProgress {
  // Values measured after the period (or in the future) don't count, just as activities don't.
  const cutoff = today < goal.periodEnd ? today : goal.periodEnd;
  const known = measurements.filter((measurement) => measurement.date <= cutoff).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = known.at(-1) ?? null;
  const baselineMeasurement = known.filter((measurement) => measurement.date <= goal.periodStart).at(-1) ?? known[0] ?? null;
  const baseline = baselineMeasurement?.value ?? null;
  const current = latest?.value ?? 0;
  const expected = expectedOn(goal.periodStart, goal.periodEnd, today, goal.target, baseline ?? 0);
  return {
    current,
    target: goal.target,
    expectedByNow: roundExpected(expected),
    status: statusOf({ current, target: goal.target, expected, periodEnd: goal.periodEnd, today }),
    cadence: null,
    metric: { baseline, measuredOn: latest?.date ?? null },
  };
}

function cadenceGoalProgress(goal: GoalDefinition, perPeriod: ActivityTally["perPeriod"], today: string): GoalProgress {
  if (!goal.activityType || !goal.cadenceUnit) throw new RangeError("A cadence goal needs an activity type and a unit (week or month).");
  const cadence = cadenceProgress({ ...goal, cadenceUnit: goal.cadenceUnit }, perPeriod, today);
  const shown = cadence.currentPeriod ?? (today > goal.periodEnd ? (cadence.periods.at(-1) ?? null) : null);
  const expected = today < goal.periodStart ? 0 : cadence.currentPeriod ? cadenceExpected(cadence.currentPeriod, goal.target, today) : goal.target;
  return {
    current: shown?.count ?? 0,
    target: goal.target,
    expectedByNow: roundExpected(expected),
    status: cadenceStatus(cadence, goal.target, today, goal.periodStart, goal.periodEnd),
    cadence,
    metric: null,
  };
}
