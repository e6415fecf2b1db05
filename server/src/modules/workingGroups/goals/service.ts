import { isLocalDate, normaliseGoalShape, type GoalShapeInput } from "@afdelingsplanner/shared";
import { type GoalCreateBody, type GoalUpdateBody, type MeasurementBody, type MilestoneBody } from "@afdelingsplanner/shared/schemas";
import type { Database, Db } from "../../../db/client.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { badRequest, forbidden, notFound, staleVersion } from "../../../lib/errors.ts";
import { fromIsoDate, toIsoDate } from "../../../lib/dates.ts";
import { actingPerson, assertMayLog, assertMayManage, groupFromBody, groupFromFilter, mayManageGroup, type Actor } from "./access.ts";
import { goalViewById, goalViews } from "./views.ts";
import { changedFields, recordAudit, type AuditActor } from "../../../lib/audit.ts";
import type { BranchScope } from "../../../lib/clock.ts";

async function findGoal(db: Db, branchId: string, goalId: string) {
  const goal = await db.goal.findFirst({ where: { id: goalId, branchId }, include: { workingGroup: { select: { id: true, name: true } } } });
  if (!goal) throw notFound("Goal");
  return goal;
}

/** Owner, phase and focus topic must be this branch's own; anything else is a 400, like an unknown id. */
async function assertReferences(db: Db, branchId: string, refs: { ownerId?: string | null; phaseId?: string | null; focusTopicId?: string | null }) {
  const [owner, phase, topic] = await Promise.all([
    refs.ownerId ? db.person.count({ where: { id: refs.ownerId, branchId } }) : 1,
    refs.phaseId ? db.planPhase.count({ where: { id: refs.phaseId, branchId } }) : 1,
    refs.focusTopicId ? db.focusTopic.count({ where: { id: refs.focusTopicId, branchId } }) : 1,
  ]);
  if (owner === 0) throw badRequest(`Person ${refs.ownerId} is not a member of this branch; pick the goal's owner from its members.`, "UNKNOWN_PERSON");
  if (phase === 0) throw badRequest(`Plan phase ${refs.phaseId} does not exist in this branch.`, "UNKNOWN_PHASE");
  if (topic === 0) throw badRequest(`Focus topic ${refs.focusTopicId} does not exist in this branch.`, "UNKNOWN_FOCUS_TOPIC");
}

function shapeOrThrow(input: GoalShapeInput) {
  const { problems, shape } = normaliseGoalShape(input);
  if (!shape) throw badRequest(problems.join(" "), "INVALID_GOAL");
  return shape;
}

function cleanTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw badRequest('"title" is empty; give the goal a name.', "GOAL_TITLE_EMPTY");
  return trimmed;
}

/** The fields of a goal the audit log shows. */
const auditedGoal = (goal: Prisma.GoalUncheckedCreateInput) => ({
  workingGroupId: goal.workingGroupId,
  title: goal.title,
  description: goal.description,
  kind: goal.kind,
  target: goal.target,
  activityType: goal.activityType,
  periodStart: goal.periodStart,
  periodEnd: goal.periodEnd,
  cadenceUnit: goal.cadenceUnit,
  ownerId: goal.ownerId,
  phaseId: goal.phaseId,
  focusTopicId: goal.focusTopicId,
  completedOn: goal.completedOn,
});

export async function listGoals(db: Database, branch: BranchScope, workingGroup?: string) {
  const today = branch.today;
  const where = workingGroup ? { workingGroupId: (await groupFromFilter(db, branch.id, workingGroup)).id } : {};
  return { today, goals: await goalViews(db, branch.id, today, where) };
}

export async function getGoal(db: Database, branch: BranchScope, goalId: string) {
  await findGoal(db, branch.id, goalId);
  const today = branch.today;
  return { today, goal: await goalViewById(db, branch.id, today, goalId) };
}

export async function createGoal(db: Database, branch: BranchScope, actor: Actor, body: GoalCreateBody, by: AuditActor) {
  const group = await groupFromBody(db, branch.id, body.workingGroupId);
  assertMayManage(actor, group);
  const shape = shapeOrThrow(body);
  const title = cleanTitle(body.title);
  await assertReferences(db, branch.id, body);
  const data = {
    branchId: branch.id,
    workingGroupId: group.id,
    title,
    description: body.description ?? "",
    kind: shape.kind,
    target: shape.target,
    activityType: shape.activityType,
    periodStart: fromIsoDate(shape.periodStart),
    periodEnd: fromIsoDate(shape.periodEnd),
    cadenceUnit: shape.cadenceUnit,
    ownerId: body.ownerId ?? null,
    phaseId: body.phaseId ?? null,
    focusTopicId: body.focusTopicId ?? null,
  };
  const created = await db.$transaction(async (tx) => {
    const row = await tx.goal.create({ data });
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "goal",
      entityId: row.id,
      action: "created",
      summary: `Doel "${title}" aangemaakt voor ${group.name}`,
      changes: changedFields(null, auditedGoal(data)),
    });
    return row;
  });
  return getGoal(db, branch, created.id);
}

export async function updateGoal(db: Database, branch: BranchScope, actor: Actor, goalId: string, body: GoalUpdateBody, by: AuditActor) {
  const goal = await findGoal(db, branch.id, goalId);
  assertMayManage(actor, goal.workingGroup);
  // Moving a goal to another group takes the right to manage both.
  if (body.workingGroupId !== undefined && body.workingGroupId !== goal.workingGroupId) assertMayManage(actor, await groupFromBody(db, branch.id, body.workingGroupId));
  const kind = body.kind ?? goal.kind;
  // A field left out keeps its value; one that no longer fits a new kind must be sent as null.
  const shape = shapeOrThrow({
    kind,
    target: body.target ?? (body.kind && body.kind !== goal.kind && kind === "milestone" ? null : goal.target),
    activityType: body.activityType !== undefined ? body.activityType : goal.activityType,
    periodStart: body.periodStart ?? toIsoDate(goal.periodStart),
    periodEnd: body.periodEnd ?? toIsoDate(goal.periodEnd),
    cadenceUnit: body.cadenceUnit !== undefined ? body.cadenceUnit : goal.cadenceUnit,
  });
  const title = body.title !== undefined ? cleanTitle(body.title) : goal.title;
  await assertReferences(db, branch.id, body);
  const data = {
    branchId: branch.id,
    workingGroupId: body.workingGroupId ?? goal.workingGroupId,
    title,
    description: body.description ?? goal.description,
    kind: shape.kind,
    target: shape.target,
    activityType: shape.activityType,
    periodStart: fromIsoDate(shape.periodStart),
    periodEnd: fromIsoDate(shape.periodEnd),
    cadenceUnit: shape.cadenceUnit,
    ownerId: body.ownerId !== undefined ? body.ownerId : goal.ownerId,
    phaseId: body.phaseId !== undefined ? body.phaseId : goal.phaseId,
    focusTopicId: body.focusTopicId !== undefined ? body.focusTopicId : goal.focusTopicId,
    completedOn: shape.kind === "milestone" ? goal.completedOn : null,
  };
  await db.$transaction(async (tx) => {
    // The version check and the write are one statement, so two concurrent edits cannot both win.
    const updated = await tx.goal.updateMany({ where: { id: goalId, branchId: branch.id, version: body.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) throw staleGoal();
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "goal",
      entityId: goalId,
      action: "updated",
      summary: `Doel "${title}" gewijzigd`,
      changes: changedFields(auditedGoal(goal), auditedGoal(data)),
    });
  });
  return getGoal(db, branch, goalId);
}

export async function deleteGoal(db: Database, branch: BranchScope, actor: Actor, goalId: string, by: AuditActor) {
  const goal = await findGoal(db, branch.id, goalId);
  assertMayManage(actor, goal.workingGroup);
  await db.$transaction(async (tx) => {
    const deleted = await tx.goal.deleteMany({ where: { id: goalId, branchId: branch.id } });
    // Deleted by someone else just now: nothing happened here, so nothing to log.
    if (deleted.count === 0) throw notFound("Goal");
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "goal",
      entityId: goalId,
      action: "deleted",
      summary: `Doel "${goal.title}" van ${goal.workingGroup.name} verwijderd`,
      changes: changedFields(auditedGoal(goal), null),
    });
  });
}

/** Past or today, never later: like activities, a milestone is reached when it happened. */
function assertPastDate(name: string, date: string, today: string) {
  if (!isLocalDate(date)) throw badRequest(`"${name}" is ${date}, which is not a day in the calendar. Use YYYY-MM-DD.`, "INVALID_DATE");
  if (date > today) throw badRequest(`"${name}" ${date} is in the future (today is ${today}).`, "DATE_IN_FUTURE");
}

export async function setMilestone(db: Database, branch: BranchScope, actor: Actor, goalId: string, body: MilestoneBody, by: AuditActor) {
  const goal = await findGoal(db, branch.id, goalId);
  assertMayManage(actor, goal.workingGroup);
  if (goal.kind !== "milestone") throw badRequest(`"${goal.title}" is a ${goal.kind} goal; only a milestone is marked done. Its progress comes from activities or measurements.`, "NOT_A_MILESTONE");
  const today = branch.today;
  const completedOn = body.done ? (body.date ?? today) : null;
  if (completedOn) assertPastDate("date", completedOn, today);
  if (!body.done && body.date) throw badRequest('Leave "date" out when undoing a milestone.', "INVALID_MILESTONE");
  await db.$transaction(async (tx) => {
    const updated = await tx.goal.updateMany({
      where: { id: goalId, branchId: branch.id, version: body.version },
      data: { completedOn: completedOn ? fromIsoDate(completedOn) : null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleGoal();
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "goal",
      entityId: goalId,
      action: completedOn ? "milestone_reached" : "milestone_reopened",
      summary: completedOn ? `Mijlpaal "${goal.title}" behaald op ${completedOn}` : `Mijlpaal "${goal.title}" weer open gezet`,
      changes: changedFields({ completedOn: goal.completedOn }, { completedOn }),
    });
  });
  return getGoal(db, branch, goalId);
}

export async function recordMeasurement(db: Database, branch: BranchScope, actor: Actor, goalId: string, body: MeasurementBody, by: AuditActor) {
  const goal = await findGoal(db, branch.id, goalId);
  // Measuring is like logging: any member of the group may record today's follower count.
  assertMayLog(actor, goal.workingGroup);
  if (goal.kind !== "metric") throw badRequest(`"${goal.title}" is a ${goal.kind} goal; only metric goals take measurements.`, "NOT_A_METRIC");
  assertPastDate("date", body.date, branch.today);
  const data = { value: body.value, note: body.note?.trim() ?? "", recordedById: actingPerson(actor) };
  const key = { goalId_date: { goalId, date: fromIsoDate(body.date) } };
  await db.$transaction(async (tx) => {
    const previous = await tx.goalMeasurement.findUnique({ where: key });
    const saved = await tx.goalMeasurement.upsert({ where: key, create: { branchId: branch.id, goalId, date: fromIsoDate(body.date), ...data }, update: data });
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "goal_measurement",
      entityId: saved.id,
      action: previous ? "updated" : "created",
      summary: `Meting ${body.value} op ${body.date} voor doel "${goal.title}"${previous ? " (vervangt de vorige van die dag)" : ""}`,
      changes: changedFields(previous ? { value: previous.value, note: previous.note } : null, { value: data.value, note: data.note }),
    });
  });
  return getGoal(db, branch, goalId);
}

export async function deleteMeasurement(db: Database, branch: BranchScope, actor: Actor, goalId: string, measurementId: string, by: AuditActor) {
  const goal = await findGoal(db, branch.id, goalId);
  const measurement = await db.goalMeasurement.findFirst({ where: { id: measurementId, goalId, branchId: branch.id } });
  if (!measurement) throw notFound("Measurement");
  const own = actor.personId !== null && measurement.recordedById === actor.personId;
  if (!own && !mayManageGroup(actor, goal.workingGroupId)) throw forbidden(`Only who recorded it, the chair of ${goal.workingGroup.name} or a board member may delete a measurement.`, "NOT_YOUR_MEASUREMENT");
  await db.$transaction(async (tx) => {
    const deleted = await tx.goalMeasurement.deleteMany({ where: { id: measurementId, branchId: branch.id } });
    if (deleted.count === 0) throw notFound("Measurement");
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "goal_measurement",
      entityId: measurementId,
      action: "deleted",
      summary: `Meting van ${toIsoDate(measurement.date)} voor doel "${goal.title}" verwijderd`,
      changes: changedFields({ date: measurement.date, value: measurement.value, note: measurement.note }, null),
    });
  });
}

const staleGoal = () => staleVersion("goal");
