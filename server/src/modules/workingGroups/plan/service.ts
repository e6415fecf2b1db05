import { isLocalDate, phaseState } from "@afdelingsplanner/shared";
import { type FocusTopicCreateBody, type FocusTopicUpdateBody, type FocusTopicView, type PhaseCreateBody, type PhaseUpdateBody, type PlanPhaseView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../../db/client.ts";
import type { FocusTopic, PlanPhase } from "../../../generated/prisma/client.ts";
import { badRequest, conflict, notFound, staleVersion } from "../../../lib/errors.ts";
import { fromIsoDate, toIsoDate } from "../../../lib/dates.ts";
import { goalViews } from "../goals/views.ts";
import type { BranchScope } from "../../../lib/clock.ts";

function phaseView(phase: PlanPhase, today: string): PlanPhaseView {
  const dates = { startDate: toIsoDate(phase.startDate), endDate: toIsoDate(phase.endDate) };
  return { id: phase.id, name: phase.name, description: phase.description, ...dates, state: phaseState(dates, today), version: phase.version };
}

const topicView = (topic: FocusTopic, goalIds: string[]): FocusTopicView => ({ id: topic.id, name: topic.name, description: topic.description, goalIds, version: topic.version });

/** The long-term plan: phases on a timeline with today marked, each with its goals, and the focus topics. */
export async function getPlan(db: Database, branch: BranchScope) {
  const today = branch.today;
  const [phases, topics, goals] = await Promise.all([
    db.planPhase.findMany({ where: { branchId: branch.id }, orderBy: [{ startDate: "asc" }, { endDate: "asc" }] }),
    db.focusTopic.findMany({ where: { branchId: branch.id }, orderBy: { name: "asc" } }),
    goalViews(db, branch.id, today),
  ]);
  return {
    today,
    phases: phases.map((phase) => ({ ...phaseView(phase, today), goals: goals.filter((goal) => goal.phaseId === phase.id) })),
    goalsWithoutPhase: goals.filter((goal) => goal.phaseId === null),
    focusTopics: topics.map((topic) => topicView(topic, goals.filter((goal) => goal.focusTopicId === topic.id).map((goal) => goal.id))),
  };
}

function cleanName(name: string, what: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badRequest(`"name" is empty; give the ${what} a name.`, "INVALID_PLAN");
  return trimmed;
}

function assertPhaseDates(startDate: string, endDate: string) {
  for (const [name, value] of [["startDate", startDate], ["endDate", endDate]] as const) {
    if (!isLocalDate(value)) throw badRequest(`"${name}" is ${value}, which is not a day in the calendar. Use YYYY-MM-DD.`, "INVALID_DATE");
  }
  if (startDate > endDate) throw badRequest(`"startDate" (${startDate}) is after "endDate" (${endDate}).`, "INVALID_RANGE");
}

export async function createPhase(db: Database, branch: BranchScope, body: PhaseCreateBody) {
  const name = cleanName(body.name, "phase");
  assertPhaseDates(body.startDate, body.endDate);
  const phase = await db.planPhase.create({
    data: { branchId: branch.id, name, description: body.description?.trim() ?? "", startDate: fromIsoDate(body.startDate), endDate: fromIsoDate(body.endDate) },
  });
  return { phase: phaseView(phase, branch.today) };
}

export async function updatePhase(db: Database, branch: BranchScope, phaseId: string, body: PhaseUpdateBody) {
  const current = await db.planPhase.findFirst({ where: { id: phaseId, branchId: branch.id } });
  if (!current) throw notFound("Plan phase");
  const startDate = body.startDate ?? toIsoDate(current.startDate);
  const endDate = body.endDate ?? toIsoDate(current.endDate);
  assertPhaseDates(startDate, endDate);
  const updated = await db.planPhase.updateMany({
    where: { id: phaseId, branchId: branch.id, version: body.version },
    data: {
      name: body.name !== undefined ? cleanName(body.name, "phase") : current.name,
      description: body.description?.trim() ?? current.description,
      startDate: fromIsoDate(startDate),
      endDate: fromIsoDate(endDate),
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw staleVersion("phase");
  const phase = await db.planPhase.findFirstOrThrow({ where: { id: phaseId, branchId: branch.id } });
  return { phase: phaseView(phase, branch.today) };
}

/**
 * Goals of a deleted phase stay; they only lose the link (onDelete: SetNull). With `version`, a phase changed
 * since the caller saw it stays (409 STALE_VERSION).
 */
export async function deletePhase(db: Database, branchId: string, phaseId: string, version?: number) {
  const deleted = await db.planPhase.deleteMany({ where: { id: phaseId, branchId, ...(version === undefined ? {} : { version }) } });
  if (deleted.count > 0) return;
  if (version !== undefined && (await db.planPhase.count({ where: { id: phaseId, branchId } })) > 0) throw staleVersion("phase");
  throw notFound("Plan phase");
}

async function assertTopicNameFree(db: Database, branchId: string, name: string, exceptId?: string) {
  const clash = await db.focusTopic.findFirst({ where: { branchId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } });
  if (clash) throw conflict(`The focus topic "${clash.name}" already exists.`, "FOCUS_TOPIC_EXISTS");
}

async function goalIdsOf(db: Database, branchId: string, focusTopicId: string) {
  return (await db.goal.findMany({ where: { branchId, focusTopicId }, select: { id: true } })).map((goal) => goal.id);
}

export async function createFocusTopic(db: Database, branchId: string, body: FocusTopicCreateBody) {
  const name = cleanName(body.name, "focus topic");
  await assertTopicNameFree(db, branchId, name);
  const topic = await db.focusTopic.create({ data: { branchId, name, description: body.description?.trim() ?? "" } });
  return { focusTopic: topicView(topic, []) };
}

export async function updateFocusTopic(db: Database, branchId: string, topicId: string, body: FocusTopicUpdateBody) {
  const current = await db.focusTopic.findFirst({ where: { id: topicId, branchId } });
  if (!current) throw notFound("Focus topic");
  const name = body.name !== undefined ? cleanName(body.name, "focus topic") : current.name;
  if (name !== current.name) await assertTopicNameFree(db, branchId, name, topicId);
  const updated = await db.focusTopic.updateMany({
    where: { id: topicId, branchId, version: body.version },
    data: { name, description: body.description?.trim() ?? current.description, version: { increment: 1 } },
  });
  if (updated.count === 0) throw staleVersion("focus topic");
  const topic = await db.focusTopic.findFirstOrThrow({ where: { id: topicId, branchId } });
  return { focusTopic: topicView(topic, await goalIdsOf(db, branchId, topicId)) };
}

/**
 * Goals of a deleted focus topic stay without one (onDelete: SetNull). A training topic is built on its focus
 * topic (its learning questions are about it), so a focus topic that training topics use is refused with 409
 * FOCUS_TOPIC_IN_USE rather than silently turning them into topics without one. The check and the delete share
 * a transaction that locks the row, so a training topic linked meanwhile waits for it.
 */
export async function deleteFocusTopic(db: Database, branchId: string, topicId: string, version?: number) {
  await db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ version: number }[]>`SELECT "version" FROM "FocusTopic" WHERE "id" = ${topicId}::uuid AND "branchId" = ${branchId}::uuid FOR UPDATE`;
    if (!current) throw notFound("Focus topic");
    if (version !== undefined && current.version !== version) throw staleVersion("focus topic");
    const used = await tx.trainingTopic.findMany({ where: { branchId, focusTopicId: topicId }, select: { name: true }, orderBy: { name: "asc" } });
    if (used.length > 0) throw conflict(`Training topics use this focus topic (${used.map((topic) => `"${topic.name}"`).join(", ")}); link them to another focus topic or delete them first.`, "FOCUS_TOPIC_IN_USE");
    await tx.focusTopic.deleteMany({ where: { id: topicId, branchId } });
  });
}
