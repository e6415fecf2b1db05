import type { GoalView } from "@afdelingsplanner/shared/schemas";

/** Where the expected-by-now tick sits on the bar, or null when it means nothing for this kind. */
export function expectedFraction(goal: GoalView): number | null {
  if (goal.kind === "milestone" || goal.status === "done" || goal.target <= 0) return null;
  if (goal.kind === "metric") {
    const baseline = goal.metric?.baseline ?? 0;
    const span = goal.target - baseline;
    return span > 0 ? (goal.expectedByNow - baseline) / span : null;
  }
  return goal.expectedByNow / goal.target;
}

/** Expected-by-now rounded for people: whole activities, or one decimal for metrics. */
export function roundExpected(goal: GoalView): number {
  return goal.kind === "metric" ? Math.round(goal.expectedByNow) : Math.round(goal.expectedByNow * 10) / 10;
}
