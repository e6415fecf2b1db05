import { daysBetweenLocal, isLocalDate } from "../calendar/localTime.ts";
import { LIMITS } from "../schemas/limits.ts";
import { isActivityType } from "./activities.ts";
import type { ActivityType, CadenceUnit, GoalKind } from "./types.ts";

export interface GoalShapeInput {
  kind: GoalKind;
  target?: number | null;
  activityType?: string | null;
  periodStart: string;
  periodEnd: string;
  cadenceUnit?: CadenceUnit | null;
}

export interface GoalShape {
  kind: GoalKind;
  target: number;
  activityType: ActivityType | null;
  periodStart: string;
  periodEnd: string;
  cadenceUnit: CadenceUnit | null;
}

/** The largest target (LIMITS.workingGroups.goalTarget). */
export const MAX_GOAL_TARGET = LIMITS.workingGroups.goalTarget.max;

/** Ten years: longer than any plan phase, and it keeps a weekly cadence to a few hundred weeks. */
export const MAX_GOAL_PERIOD_DAYS = 3653;

/** Which fields each kind uses, so the plan's goals fit without stretching a kind. */
const KIND_FIELDS: Record<GoalKind, { countsActivities: boolean; wholeTarget: boolean }> = {
  count: { countsActivities: true, wholeTarget: true },
  distinct: { countsActivities: true, wholeTarget: true },
  cadence: { countsActivities: true, wholeTarget: true },
  milestone: { countsActivities: false, wholeTarget: true },
  metric: { countsActivities: false, wholeTarget: false },
};

/**
 * Checks a goal's shape and fills the defaults each kind implies (a milestone's target is 1; a distinct
 * goal counts network conversations unless told otherwise). Returns the problems as sentences, or the shape.
 */
export function normaliseGoalShape(input: GoalShapeInput): { problems: string[]; shape: GoalShape | null } {
  const fields = KIND_FIELDS[input.kind];
  const problems: string[] = [];
  const target = input.target ?? (input.kind === "milestone" ? 1 : null);
  if (target === null) problems.push(`A ${input.kind} goal needs a "target".`);
  else if (!Number.isFinite(target) || target <= 0 || target > MAX_GOAL_TARGET) problems.push(`"target" must be more than 0 and at most ${MAX_GOAL_TARGET}.`);
  else if (fields.wholeTarget && !Number.isInteger(target)) problems.push(`"target" of a ${input.kind} goal is a whole number.`);
  else if (input.kind === "milestone" && target !== 1) problems.push(`A milestone is done or not: its "target" is 1 (or leave it out).`);

  const requestedType = input.activityType ?? (input.kind === "distinct" ? "network_conversation" : null);
  const activityType = requestedType !== null && isActivityType(requestedType) ? requestedType : null;
  if (fields.countsActivities && requestedType === null) problems.push(`A ${input.kind} goal counts activities of one type: give "activityType".`);
  if (!fields.countsActivities && requestedType !== null) problems.push(`A ${input.kind} goal does not count activities: leave "activityType" out.`);
  if (requestedType !== null && activityType === null) problems.push(`"${requestedType}" is not an activity type.`);

  const cadenceUnit = input.cadenceUnit ?? null;
  if (input.kind === "cadence" && cadenceUnit === null) problems.push(`A cadence goal needs "cadenceUnit": week or month.`);
  if (input.kind !== "cadence" && cadenceUnit !== null) problems.push(`Only a cadence goal has a "cadenceUnit"; leave it out for a ${input.kind} goal.`);

  const startValid = isLocalDate(input.periodStart);
  const endValid = isLocalDate(input.periodEnd);
  if (!startValid) problems.push(`"periodStart" is ${input.periodStart}, which is not a day in the calendar. Use YYYY-MM-DD.`);
  if (!endValid) problems.push(`"periodEnd" is ${input.periodEnd}, which is not a day in the calendar. Use YYYY-MM-DD.`);
  if (startValid && endValid && input.periodStart > input.periodEnd) problems.push(`"periodStart" (${input.periodStart}) is after "periodEnd" (${input.periodEnd}).`);
  else if (startValid && endValid && daysBetweenLocal(input.periodStart, input.periodEnd) > MAX_GOAL_PERIOD_DAYS) problems.push("A goal's period may span at most ten years.");

  if (problems.length > 0 || target === null) return { problems, shape: null };
  return {
    problems,
    shape: { kind: input.kind, target, activityType, periodStart: input.periodStart, periodEnd: input.periodEnd, cadenceUnit },
  };
}
