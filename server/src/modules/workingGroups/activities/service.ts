import { activityProblems, storedCount } from "@afdelingsplanner/shared";
import { type ActivitiesQuery, type ActivityCreateBody, type ActivityView } from "@afdelingsplanner/shared/schemas";
import type { Database, Db } from "../../../db/client.ts";
import type { Activity, Prisma } from "../../../generated/prisma/client.ts";
import { badRequest, conflict, forbidden, notFound } from "../../../lib/errors.ts";
import { fromIsoDate, toIsoDate } from "../../../lib/dates.ts";
import { assertRealDate } from "../../../lib/dateWindow.ts";
import { actingPerson, assertMayLog, groupFromBody, groupFromFilter, mayManageGroup, type Actor } from "../goals/access.ts";
import { goalViews } from "../goals/views.ts";
import type { BranchScope } from "../../../lib/clock.ts";

export const activityInclude = {
  person: { select: { name: true } },
  organisation: { select: { name: true } },
  neighbourhood: { select: { name: true } },
} as const satisfies Prisma.ActivityInclude;

type ActivityRow = Activity & { person: { name: string } | null; organisation: { name: string } | null; neighbourhood: { name: string } | null };

/** Who may undo an activity: who did or logged it, the group's chair, or a board member. */
function mayDelete(actor: Actor, activity: Activity): boolean {
  if (actor.personId === null || activity.trainingSessionId !== null) return false;
  return activity.personId === actor.personId || activity.createdById === actor.personId || mayManageGroup(actor, activity.workingGroupId);
}

export function activityView(activity: ActivityRow, actor: Actor): ActivityView {
  return {
    id: activity.id,
    type: activity.type,
    date: toIsoDate(activity.date),
    workingGroupId: activity.workingGroupId,
    personId: activity.personId,
    personName: activity.person?.name ?? null,
    organisationId: activity.organisationId,
    organisationName: activity.organisation?.name ?? null,
    neighbourhoodId: activity.neighbourhoodId,
    neighbourhoodName: activity.neighbourhood?.name ?? null,
    trainingSessionId: activity.trainingSessionId,
    count: activity.count,
    note: activity.note,
    link: activity.link,
    createdById: activity.createdById,
    createdAt: activity.createdAt.toISOString(),
    canDelete: mayDelete(actor, activity),
  };
}

async function assertOrganisation(db: Db, branchId: string, organisationId: string) {
  const found = await db.organisation.count({ where: { id: organisationId, branchId } });
  if (found === 0) throw badRequest(`Organisation ${organisationId} is not in this branch's network register; add it there first.`, "UNKNOWN_ORGANISATION");
}

/** Who did it: the caller, or (for a chair or board member logging afterwards) another member of the branch. */
async function doerOf(db: Db, branchId: string, actor: Actor, workingGroupId: string, personId: string | undefined): Promise<string> {
  const self = actingPerson(actor);
  if (personId === undefined || personId === self) return self;
  if (!mayManageGroup(actor, workingGroupId)) throw forbidden("Log your own activity; only a chair or board member may log it for someone else.", "OWN_ACTIVITY_ONLY");
  if ((await db.person.count({ where: { id: personId, branchId } })) === 0) throw badRequest(`Person ${personId} is not a member of this branch.`, "UNKNOWN_PERSON");
  return personId;
}

export async function logActivity(db: Database, branch: BranchScope, actor: Actor, body: ActivityCreateBody) {
  const today = branch.today;
  const group = await groupFromBody(db, branch.id, body.workingGroupId);
  assertMayLog(actor, group);
  const problems = activityProblems(body, today);
  if (problems.length > 0) throw badRequest(problems.join(" "), "INVALID_ACTIVITY");
  if (body.organisationId) await assertOrganisation(db, branch.id, body.organisationId);
  if (body.neighbourhoodId && (await db.neighbourhood.count({ where: { id: body.neighbourhoodId, branchId: branch.id } })) === 0) {
    throw badRequest(`Neighbourhood ${body.neighbourhoodId} is not one of this branch's wijken; add it under Wijken first.`, "UNKNOWN_NEIGHBOURHOOD");
  }
  const personId = await doerOf(db, branch.id, actor, group.id, body.personId);
  const created = await db.activity.create({
    data: {
      branchId: branch.id,
      workingGroupId: group.id,
      type: body.type,
      date: fromIsoDate(body.date),
      personId,
      organisationId: body.organisationId ?? null,
      neighbourhoodId: body.neighbourhoodId ?? null,
      count: storedCount(body.type, body.count),
      note: body.note?.trim() ?? "",
      link: body.link ?? null,
      createdById: actingPerson(actor),
    },
    include: activityInclude,
  });
  return { activity: activityView(created, actor), goals: await goalViews(db, branch.id, today, { workingGroupId: group.id }) };
}

export async function listActivities(db: Database, branch: BranchScope, actor: Actor, query: ActivitiesQuery) {
  if (query.from) assertRealDate("from", query.from);
  if (query.to) assertRealDate("to", query.to);
  if (query.from && query.to && query.from > query.to) throw badRequest(`"from" (${query.from}) is after "to" (${query.to}).`, "INVALID_RANGE");
  const where: Prisma.ActivityWhereInput = { branchId: branch.id };
  if (query.workingGroup) where.workingGroupId = (await groupFromFilter(db, branch.id, query.workingGroup)).id;
  if (query.from || query.to) where.date = { ...(query.from ? { gte: fromIsoDate(query.from) } : {}), ...(query.to ? { lte: fromIsoDate(query.to) } : {}) };
  if (query.type) where.type = query.type;
  if (query.organisation) where.organisationId = query.organisation;
  const limit = query.limit ?? 200;
  // One row more than asked tells whether there is more, without a second count query.
  const rows = await db.activity.findMany({ where, include: activityInclude, orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: limit + 1 });
  return { activities: rows.slice(0, limit).map((row) => activityView(row, actor)), truncated: rows.length > limit };
}

export async function deleteActivity(db: Database, branch: BranchScope, actor: Actor, activityId: string) {
  const activity = await db.activity.findFirst({ where: { id: activityId, branchId: branch.id }, include: { workingGroup: { select: { name: true } } } });
  if (!activity) throw notFound("Activity");
  if (activity.trainingSessionId) throw conflict("A training session made this activity; change or delete the session under Scholing instead.", "ACTIVITY_FROM_TRAINING");
  if (!mayDelete(actor, activity)) throw forbidden(`Only who logged this activity, the chair of ${activity.workingGroup.name} or a board member may delete it.`, "NOT_YOUR_ACTIVITY");
  await db.activity.deleteMany({ where: { id: activityId, branchId: branch.id } });
}
