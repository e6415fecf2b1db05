import { goalProgress, type CountedActivity, type GoalDefinition, type GoalProgress, type GoalView } from "@afdelingsplanner/shared";
import type { Database } from "../../db/client.ts";
import type { Goal, GoalMeasurement, Prisma } from "../../generated/prisma/client.ts";
import { toIsoDate } from "../../lib/dates.ts";

type Db = Database | Prisma.TransactionClient;

const goalInclude = {
  owner: { select: { name: true } },
  measurements: { orderBy: { date: "asc" } },
} as const satisfies Prisma.GoalInclude;

type GoalRow = Goal & { owner: { name: string } | null; measurements: GoalMeasurement[] };

export function definitionOf(goal: Goal): GoalDefinition {
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

/**
 * The goals matching `where` (always within the branch) with their progress on `today`. Loads only the
 * activities that can count: of the goals' groups and types, within their periods.
 */
export async function goalViews(db: Db, branchId: string, today: string, where: Prisma.GoalWhereInput = {}): Promise<GoalView[]> {
  const goals: GoalRow[] = await db.goal.findMany({
    where: { ...where, branchId },
    include: goalInclude,
    orderBy: [{ workingGroup: { name: "asc" } }, { periodEnd: "asc" }, { title: "asc" }],
  });
  const counting = goals.filter((goal) => goal.activityType !== null);
  const activities =
    counting.length === 0
      ? []
      : await db.activity.findMany({
          where: {
            branchId,
            workingGroupId: { in: [...new Set(counting.map((goal) => goal.workingGroupId))] },
            type: { in: [...new Set(counting.flatMap((goal) => (goal.activityType ? [goal.activityType] : [])))] },
            date: { gte: earliest(counting.map((goal) => goal.periodStart)), lte: latest(counting.map((goal) => goal.periodEnd)) },
          },
          select: { workingGroupId: true, type: true, date: true, count: true, organisationId: true },
        });
  const byGroup = new Map<string, CountedActivity[]>();
  for (const activity of activities) {
    const list = byGroup.get(activity.workingGroupId) ?? [];
    list.push({ type: activity.type, date: toIsoDate(activity.date), count: activity.count, organisationId: activity.organisationId });
    byGroup.set(activity.workingGroupId, list);
  }
  return goals.map((goal) => {
    const evidence = {
      activities: byGroup.get(goal.workingGroupId) ?? [],
      measurements: goal.measurements.map((measurement) => ({ date: toIsoDate(measurement.date), value: measurement.value })),
    };
    return goalView(goal, goalProgress(definitionOf(goal), evidence, today));
  });
}

export async function goalViewById(db: Db, branchId: string, today: string, goalId: string): Promise<GoalView> {
  const [view] = await goalViews(db, branchId, today, { id: goalId });
  if (!view) throw new Error(`Goal ${goalId} vanished while it was being read`);
  return view;
}

const earliest = (dates: Date[]) => new Date(Math.min(...dates.map((date) => date.getTime())));
const latest = (dates: Date[]) => new Date(Math.max(...dates.map((date) => date.getTime())));
