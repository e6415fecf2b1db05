import { ACTIVITY_RULES, ACTIVITY_TYPES, goalProgress, type ActivityTally, type GoalDefinition, type GoalProgress } from "@afdelingsplanner/shared";
import { type GoalView } from "@afdelingsplanner/shared/schemas";
import type { Db } from "../../../db/client.ts";
import type { Goal, GoalMeasurement, Prisma } from "../../../generated/prisma/client.ts";
import { toIsoDate } from "../../../lib/dates.ts";

const goalInclude = {
  owner: { select: { name: true } },
  measurements: { orderBy: { date: "asc" } },
} as const satisfies Prisma.GoalInclude;

type GoalRow = Goal & { owner: { name: string } | null; measurements: GoalMeasurement[] };

export function definitionOf(goal: Pick<Goal, "kind" | "target" | "activityType" | "periodStart" | "periodEnd" | "cadenceUnit" | "completedOn">): GoalDefinition {
  return {
    kind: goal.kind,
    target: goal.target,
    activityType: goal.activityType,
    periodStart: toIsoDate(goal.periodStart),
    periodEnd: toIsoDate(goal.periodEnd),
    cadenceUnit: goal.cadenceUnit,
    completedOn: goal.completedOn ? toIsoDate(goal.completedOn) : null,
  };
}

/** Share of the way to the target, for a progress bar: a metric counts from where its period started. */
function progressShare(progress: GoalProgress): number {
  const from = progress.metric?.baseline ?? 0;
  const span = progress.target - from;
  const share = span > 0 ? (progress.current - from) / span : progress.current >= progress.target ? 1 : 0;
  return Math.min(1, Math.max(0, Math.round(share * 1000) / 1000));
}

function goalView(goal: GoalRow, progress: GoalProgress): GoalView {
  const definition = definitionOf(goal);
  return {
    id: goal.id,
    workingGroupId: goal.workingGroupId,
    title: goal.title,
    description: goal.description,
    kind: goal.kind,
    target: goal.target,
    current: progress.current,
    status: progress.status,
    expectedByNow: progress.expectedByNow,
    progress: progressShare(progress),
    periodStart: definition.periodStart,
    periodEnd: definition.periodEnd,
    activityType: goal.activityType,
    cadenceUnit: goal.cadenceUnit,
    ownerId: goal.ownerId,
    ownerName: goal.owner?.name ?? null,
    phaseId: goal.phaseId,
    focusTopicId: goal.focusTopicId,
    completedOn: definition.completedOn,
    cadence: progress.cadence
      ? { unit: progress.cadence.unit, streak: progress.cadence.streak, missedPeriods: progress.cadence.missedPeriods, currentPeriod: progress.cadence.currentPeriod, periods: progress.cadence.periods }
      : null,
    metric: progress.metric
      ? {
          ...progress.metric,
          measurements: goal.measurements.map((measurement) => ({ id: measurement.id, date: toIsoDate(measurement.date), value: measurement.value, note: measurement.note })),
        }
      : null,
    version: goal.version,
  };
}

/** The activity types whose entries stand for a number of things (posts): they weigh their `count`, the rest 1. */
const COUNTED_TYPES = ACTIVITY_TYPES.filter((type) => ACTIVITY_RULES[type].takesCount);

interface TallyRow {
  goalId: string;
  /** The week ("2026-W47") or month ("2026-11") of a cadence goal; null on the row with the goal's totals. */
  period: string | null;
  total: boolean;
  weight: number;
  organisations: number;
}

/**
 * The activity tallies of the given goals, summed by the database: the same numbers `tallyActivities`
 * makes from rows (of the goal's group and type, within its period, not after today), without sending
 * five years of activities to be filtered here. One row per goal with its totals, and for cadence goals
 * one per week or month. to_char's IYYY-"W"IW is the ISO week-year and week, as isoWeekKey spells them.
 */
export async function activityTallies(db: Db, branchId: string, today: string, goalIds: string[]): Promise<Map<string, ActivityTally>> {
  const tallies = new Map<string, ActivityTally>();
  if (goalIds.length === 0) return tallies;
  const rows = await db.$queryRaw<TallyRow[]>`
    SELECT "goalId", period, GROUPING(period) = 1 AS total, SUM(weight)::int AS weight, COUNT(DISTINCT "organisationId")::int AS organisations
    FROM (
      SELECT g.id AS "goalId",
             CASE g."cadenceUnit" WHEN 'week' THEN to_char(a.date::timestamp, 'IYYY-"W"IW') WHEN 'month' THEN to_char(a.date::timestamp, 'YYYY-MM') END AS period,
             CASE WHEN a.type::text = ANY(${COUNTED_TYPES}::text[]) THEN a.count ELSE 1 END AS weight,
             a."organisationId"
      FROM "Goal" g
      JOIN "Activity" a ON a."branchId" = g."branchId" AND a."workingGroupId" = g."workingGroupId" AND a.type = g."activityType"
        AND a.date >= g."periodStart" AND a.date <= LEAST(g."periodEnd", ${today}::date)
      WHERE g."branchId" = ${branchId}::uuid AND g.id = ANY(${goalIds}::uuid[])
    ) counted
    GROUP BY "goalId", ROLLUP(period)`;
  for (const row of rows) {
    const tally = tallies.get(row.goalId) ?? { weight: 0, organisations: 0, perPeriod: {} };
    if (row.total) tallies.set(row.goalId, { ...tally, weight: row.weight, organisations: row.organisations });
    else {
      // Goals without a cadence have one group with a null period besides their total: not a period.
      if (row.period !== null) (tally.perPeriod as Record<string, number>)[row.period] = row.weight;
      tallies.set(row.goalId, tally);
    }
  }
  return tallies;
}

const NO_ACTIVITY: ActivityTally = { weight: 0, organisations: 0, perPeriod: {} };

/**
 * The goals matching `where` (always within the branch) with their progress on `today`. The activities
 * they count arrive as sums per goal (and per week or month), never as rows.
 */
export async function goalViews(db: Db, branchId: string, today: string, where: Prisma.GoalWhereInput = {}): Promise<GoalView[]> {
  const goals: GoalRow[] = await db.goal.findMany({
    where: { ...where, branchId },
    include: goalInclude,
    orderBy: [{ workingGroup: { name: "asc" } }, { periodEnd: "asc" }, { title: "asc" }],
  });
  const tallies = await activityTallies(db, branchId, today, goals.filter((goal) => goal.activityType !== null).map((goal) => goal.id));
  return goals.map((goal) => {
    const evidence = {
      tally: tallies.get(goal.id) ?? NO_ACTIVITY,
      measurements: goal.measurements.map((measurement) => ({ date: toIsoDate(measurement.date), value: measurement.value })),
    };
    return goalView(goal, goalProgress(definitionOf(goal), evidence, today));
  });
}

/**
 * Only the status of every goal of the branch, for the working-group overview's counts: the same progress
 * as `goalViews`, from the fields it needs (no owner, no measurement notes), so two queries fewer.
 */
export async function goalStatuses(db: Db, branchId: string, today: string): Promise<{ workingGroupId: string; status: GoalView["status"] }[]> {
  const goals = await db.goal.findMany({
    where: { branchId },
    select: {
      id: true,
      workingGroupId: true,
      kind: true,
      target: true,
      activityType: true,
      periodStart: true,
      periodEnd: true,
      cadenceUnit: true,
      completedOn: true,
      measurements: { select: { date: true, value: true } },
    },
  });
  const tallies = await activityTallies(db, branchId, today, goals.filter((goal) => goal.activityType !== null).map((goal) => goal.id));
  return goals.map((goal) => {
    const measurements = goal.measurements.map((measurement) => ({ date: toIsoDate(measurement.date), value: measurement.value }));
    return { workingGroupId: goal.workingGroupId, status: goalProgress(definitionOf(goal), { tally: tallies.get(goal.id) ?? NO_ACTIVITY, measurements }, today).status };
  });
}

export async function goalViewById(db: Db, branchId: string, today: string, goalId: string): Promise<GoalView> {
  const [view] = await goalViews(db, branchId, today, { id: goalId });
  if (!view) throw new Error(`Goal ${goalId} vanished while it was being read`);
  return view;
}
