import type { ActivityType, CountedActivity, GoalDefinition } from "./types.ts";

/** A goal with the plan's demo period unless told otherwise. */
export function goal(overrides: Partial<GoalDefinition> & Pick<GoalDefinition, "kind">): GoalDefinition {
  return { target: 5, activityType: null, periodStart: "2026-09-01", periodEnd: "2027-06-30", cadenceUnit: null, completedOn: null, ...overrides };
}

export function activity(type: ActivityType, date: string, extra: Partial<CountedActivity> = {}): CountedActivity {
  return { type, date, count: 1, organisationId: null, ...extra };
}

/** `n` activities of one type on one day. */
export const times = (n: number, type: ActivityType, date: string) => Array.from({ length: n }, () => activity(type, date));
