import { ACTIVITY_TYPE_OF_FORM, MEETING_KIND_OF_FORM, sessionProblems, type TrainingForm } from "@afdelingsplanner/shared";
import type { LensCreateBody, LensUpdateBody, TrainingSessionCreateBody, TrainingSessionUpdateBody, TrainingTopicCreateBody, TrainingTopicUpdateBody } from "@afdelingsplanner/shared/schemas";
import type { Database, Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { changedFields, recordAudit, type AuditActor } from "../../lib/audit.ts";
import type { BranchScope } from "../../lib/clock.ts";
import { fromIsoDate, toIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, notFound, staleVersion } from "../../lib/errors.ts";
import { assertMayManage, mayManageGroup, type Actor } from "../workingGroups/index.ts";
import { lensKeys, lensViews, sessionInclude, sessionView, topicView, type SessionRow } from "./views.ts";

const topicInclude = { focusTopic: { select: { name: true } } } as const satisfies Prisma.TrainingTopicInclude;

const cleanText = (value: string) => value.trim().replace(/\s+/g, " ");

/** Everything the Scholing page shows: topics with their overview and sessions, and what the forms pick from. */
export async function getTraining(db: Database, branch: BranchScope, actor: Actor) {
  const [topics, sessions, lenses, focusTopics, workingGroups, neighbourhoods] = await Promise.all([
    db.trainingTopic.findMany({ where: { branchId: branch.id }, include: topicInclude, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.trainingSession.findMany({ where: { branchId: branch.id }, include: sessionInclude }),
    db.trainingLens.findMany({ where: { branchId: branch.id }, orderBy: { createdAt: "asc" } }),
    db.focusTopic.findMany({ where: { branchId: branch.id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.workingGroup.findMany({ where: { branchId: branch.id, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.neighbourhood.findMany({ where: { branchId: branch.id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const keys = lensKeys(lenses);
  const views = sessions.map((session) => sessionView(session, actor, branch.today));
  return {
    topics: topics.map((topic) => topicView(topic, views, keys, branch.today)),
    lenses: lensViews(lenses),
    focusTopics,
    workingGroups,
    neighbourhoods,
    canManage: actor.isBoardMember,
    organiserGroupIds: workingGroups.filter((group) => mayManageGroup(actor, group.id)).map((group) => group.id),
  };
}

// Topics (board members)

async function assertFocusTopic(db: Db, branchId: string, focusTopicId: string | null | undefined) {
  if (!focusTopicId) return;
  if ((await db.focusTopic.count({ where: { id: focusTopicId, branchId } })) === 0) throw badRequest(`Focus topic ${focusTopicId} is not in this branch's plan.`, "UNKNOWN_FOCUS_TOPIC");
}

async function assertTopicNameFree(db: Db, branchId: string, name: string, exceptId?: string) {
  const clash = await db.trainingTopic.findFirst({ where: { branchId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } });
  if (clash) throw conflict(`The training topic "${clash.name}" already exists.`, "DUPLICATE_NAME");
}

const cleanQuestions = (questions: readonly string[]) => questions.map(cleanText).filter(Boolean);

async function topicResponse(db: Database, branch: BranchScope, actor: Actor, topicId: string) {
  const [topic, sessions, lenses] = await Promise.all([
    db.trainingTopic.findFirstOrThrow({ where: { id: topicId, branchId: branch.id }, include: topicInclude }),
    db.trainingSession.findMany({ where: { branchId: branch.id, topicId }, include: sessionInclude }),
    db.trainingLens.findMany({ where: { branchId: branch.id }, orderBy: { createdAt: "asc" } }),
  ]);
  const views = sessions.map((session) => sessionView(session, actor, branch.today));
  return { topic: topicView(topic, views, lensKeys(lenses), branch.today) };
}

export async function createTopic(db: Database, branch: BranchScope, actor: Actor, body: TrainingTopicCreateBody) {
  const name = cleanText(body.name);
  if (!name) throw badRequest('"name" is empty; give the topic a name.', "INVALID_TRAINING_SESSION");
  await assertFocusTopic(db, branch.id, body.focusTopicId);
  await assertTopicNameFree(db, branch.id, name);
  const last = await db.trainingTopic.aggregate({ where: { branchId: branch.id }, _max: { position: true } });
  const topic = await db.trainingTopic.create({
    data: {
      branchId: branch.id,
      name,
      description: body.description?.trim() ?? "",
      focusTopicId: body.focusTopicId ?? null,
      learningQuestions: cleanQuestions(body.learningQuestions ?? []),
      position: (last._max.position ?? -1) + 1,
    },
  });
  return topicResponse(db, branch, actor, topic.id);
}

export async function updateTopic(db: Database, branch: BranchScope, actor: Actor, topicId: string, body: TrainingTopicUpdateBody) {
  const current = await db.trainingTopic.findFirst({ where: { id: topicId, branchId: branch.id } });
  if (!current) throw notFound("Training topic");
  const name = body.name !== undefined ? cleanText(body.name) : current.name;
  if (!name) throw badRequest('"name" is empty; give the topic a name.', "INVALID_TRAINING_SESSION");
  if (name !== current.name) await assertTopicNameFree(db, branch.id, name, topicId);
  await assertFocusTopic(db, branch.id, body.focusTopicId);
  const updated = await db.trainingTopic.updateMany({
    where: { id: topicId, branchId: branch.id, version: body.version },
    data: {
      name,
      description: body.description?.trim() ?? current.description,
      focusTopicId: body.focusTopicId !== undefined ? body.focusTopicId : current.focusTopicId,
      learningQuestions: body.learningQuestions ? cleanQuestions(body.learningQuestions) : current.learningQuestions,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw staleVersion("training topic");
  return topicResponse(db, branch, actor, topicId);
}

export async function deleteTopic(db: Database, branchId: string, topicId: string) {
  const topic = await db.trainingTopic.findFirst({ where: { id: topicId, branchId }, select: { name: true, _count: { select: { sessions: true } } } });
  if (!topic) throw notFound("Training topic");
  if (topic._count.sessions > 0) throw conflict(`"${topic.name}" has ${topic._count.sessions} session(s); move or delete them first.`, "TOPIC_HAS_SESSIONS");
  await db.trainingTopic.deleteMany({ where: { id: topicId, branchId } });
}

// Lenses (board members)

export async function addLens(db: Database, branchId: string, body: LensCreateBody) {
  const name = cleanText(body.name).toLowerCase();
  if (!name) throw badRequest('"name" is empty; name the lens.', "INVALID_TRAINING_SESSION");
  const own = await db.trainingLens.findMany({ where: { branchId }, orderBy: { createdAt: "asc" } });
  if (lensKeys(own).includes(name)) throw conflict(`The lens "${name}" is already there.`, "DUPLICATE_NAME");
  await db.trainingLens.create({ data: { branchId, name } });
  return { lenses: lensViews(await db.trainingLens.findMany({ where: { branchId }, orderBy: { createdAt: "asc" } })) };
}

/**
 * Sessions name a lens by its name, so a rename carries over into every session that covered it, in one
 * transaction; those sessions get a new version, so a form still showing the old name is refused as stale.
 */
export async function renameLens(db: Database, branchId: string, lensId: string, body: LensUpdateBody) {
  const current = await db.trainingLens.findFirst({ where: { id: lensId, branchId } });
  if (!current) throw notFound("Lens");
  const name = cleanText(body.name).toLowerCase();
  if (!name) throw badRequest('"name" is empty; name the lens.', "INVALID_TRAINING_SESSION");
  const others = await db.trainingLens.findMany({ where: { branchId, id: { not: lensId } } });
  if (lensKeys(others).includes(name)) throw conflict(`The lens "${name}" is already there.`, "DUPLICATE_NAME");
  await db.$transaction(async (tx) => {
    const updated = await tx.trainingLens.updateMany({ where: { id: lensId, branchId, version: body.version }, data: { name, version: { increment: 1 } } });
    if (updated.count === 0) throw staleVersion("lens");
    if (name === current.name) return;
    const covering = await tx.trainingSession.findMany({ where: { branchId, lenses: { has: current.name } }, select: { id: true, lenses: true } });
    for (const session of covering) {
      await tx.trainingSession.update({ where: { id: session.id }, data: { lenses: session.lenses.map((lens) => (lens === current.name ? name : lens)), version: { increment: 1 } } });
    }
  });
  return { lenses: lensViews(await db.trainingLens.findMany({ where: { branchId }, orderBy: { createdAt: "asc" } })) };
}

/** Sessions keep the name of a removed lens in what they covered; it only stops counting as uncovered. */
export async function deleteLens(db: Database, branchId: string, lensId: string) {
  const deleted = await db.trainingLens.deleteMany({ where: { id: lensId, branchId } });
  if (deleted.count === 0) throw notFound("Lens");
}

// Sessions (board members and the organising group's chair)

async function groupOf(db: Db, branchId: string, workingGroupId: string) {
  const group = await db.workingGroup.findFirst({ where: { id: workingGroupId, branchId }, select: { id: true, name: true, archivedAt: true } });
  if (!group) throw badRequest(`Working group ${workingGroupId} does not exist in this branch.`, "UNKNOWN_WORKING_GROUP");
  return group;
}

async function assertTopic(db: Db, branchId: string, topicId: string) {
  const topic = await db.trainingTopic.findFirst({ where: { id: topicId, branchId }, select: { name: true } });
  if (!topic) throw badRequest(`Training topic ${topicId} does not exist in this branch.`, "UNKNOWN_TRAINING_TOPIC");
  return topic;
}

async function assertNeighbourhood(db: Db, branchId: string, neighbourhoodId: string | null | undefined) {
  if (!neighbourhoodId) return;
  if ((await db.neighbourhood.count({ where: { id: neighbourhoodId, branchId } })) === 0) {
    throw badRequest(`Neighbourhood ${neighbourhoodId} is not one of this branch's wijken; add it under Wijken first.`, "UNKNOWN_NEIGHBOURHOOD");
  }
}

/** The fields a session is saved with, after defaults and trimming. */
interface SessionData {
  topicId: string;
  form: TrainingForm;
  title: string;
  workingGroupId: string;
  date: string | null;
  startTime: string;
  durationMinutes: number;
  location: string;
  neighbourhoodId: string | null;
  lenses: string[];
  speakers: { name: string; kind: "expert" | "lived_experience" }[];
  attendance: number | null;
  evaluation: string;
}

/** `covered`: lenses the session already names, which it may keep after the branch removed them. */
async function assertSession(db: Db, branch: BranchScope, data: SessionData, covered: readonly string[] = []) {
  const known = [...lensKeys(await db.trainingLens.findMany({ where: { branchId: branch.id } })), ...covered];
  const problems = sessionProblems(data, known, branch.today);
  if (problems.length > 0) throw badRequest(problems.join(" "), "INVALID_TRAINING_SESSION");
  if (!data.title) throw badRequest('"title" is empty; give the session a title.', "INVALID_TRAINING_SESSION");
}

function sessionColumns(data: SessionData) {
  return {
    topicId: data.topicId,
    form: data.form,
    title: data.title,
    workingGroupId: data.workingGroupId,
    date: data.date ? fromIsoDate(data.date) : null,
    startTime: data.startTime,
    durationMinutes: data.durationMinutes,
    location: data.location,
    neighbourhoodId: data.neighbourhoodId,
    lenses: data.lenses,
    attendance: data.attendance,
    evaluation: data.evaluation,
  };
}

/**
 * Keeps what a session stands for elsewhere in step with it, in the session's transaction: a dated session is
 * one single-date meeting series (so the calendar, the occurrence views and the ICS feeds show it without
 * knowing about training) and one Activity of its form's type for its group (so the group's goals count it;
 * goals only count activities up to today, so a planned session counts once its day has come).
 */
export async function syncSessionLinks(tx: Prisma.TransactionClient, branchId: string, sessionId: string, topicName: string, personId: string | null) {
  const session = await tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId } });
  if (session.date === null) {
    if (session.seriesId) await tx.meetingSeries.deleteMany({ where: { id: session.seriesId, branchId } });
    await tx.activity.deleteMany({ where: { trainingSessionId: session.id, branchId } });
    return;
  }
  const series = {
    kind: MEETING_KIND_OF_FORM[session.form],
    title: session.title,
    description: `Scholing: ${topicName}`,
    workingGroupId: session.workingGroupId,
    recurrenceKind: "single" as const,
    weekday: null,
    rrule: null,
    singleDate: session.date,
    startTime: session.startTime,
    durationMinutes: session.durationMinutes,
    location: session.location,
    validFrom: session.date,
    validUntil: session.date,
  };
  if (session.seriesId) await tx.meetingSeries.update({ where: { id: session.seriesId }, data: { ...series, version: { increment: 1 } } });
  else {
    const created = await tx.meetingSeries.create({ data: { branchId, ...series } });
    await tx.trainingSession.update({ where: { id: session.id }, data: { seriesId: created.id } });
  }
  const activity = {
    workingGroupId: session.workingGroupId,
    type: ACTIVITY_TYPE_OF_FORM[session.form],
    date: session.date,
    neighbourhoodId: session.neighbourhoodId,
    count: 1,
    note: session.title,
  };
  await tx.activity.upsert({
    where: { trainingSessionId: session.id },
    create: { branchId, trainingSessionId: session.id, personId, createdById: personId, ...activity },
    update: activity,
  });
}

async function sessionResponse(db: Db, branch: BranchScope, actor: Actor, sessionId: string) {
  const row: SessionRow = await db.trainingSession.findFirstOrThrow({ where: { id: sessionId, branchId: branch.id }, include: sessionInclude });
  return { session: sessionView(row, actor, branch.today) };
}

const auditedSession = (data: SessionData) => ({ ...data, speakers: data.speakers.map((speaker) => `${speaker.name} (${speaker.kind})`).join(", ") });

export async function createSession(db: Database, branch: BranchScope, actor: Actor, auditActor: AuditActor, body: TrainingSessionCreateBody) {
  const group = await groupOf(db, branch.id, body.workingGroupId);
  assertMayManage(actor, group, "training sessions");
  const topic = await assertTopic(db, branch.id, body.topicId);
  await assertNeighbourhood(db, branch.id, body.neighbourhoodId);
  const data: SessionData = {
    topicId: body.topicId,
    form: body.form,
    title: cleanText(body.title),
    workingGroupId: group.id,
    date: body.date ?? null,
    startTime: body.startTime ?? "19:30",
    durationMinutes: body.durationMinutes ?? 120,
    location: body.location?.trim() ?? "",
    neighbourhoodId: body.neighbourhoodId ?? null,
    lenses: body.lenses ?? [],
    speakers: (body.speakers ?? []).map((speaker) => ({ name: cleanText(speaker.name), kind: speaker.kind })),
    attendance: body.attendance ?? null,
    evaluation: body.evaluation?.trim() ?? "",
  };
  await assertSession(db, branch, data);
  const id = await db.$transaction(async (tx) => {
    const created = await tx.trainingSession.create({
      data: { branchId: branch.id, ...sessionColumns(data), speakers: { create: data.speakers.map((speaker, position) => ({ branchId: branch.id, ...speaker, position })) } },
    });
    await syncSessionLinks(tx, branch.id, created.id, topic.name, actor.personId);
    await recordAudit(tx, {
      branchId: branch.id,
      actor: auditActor,
      entityType: "training_session",
      entityId: created.id,
      action: "created",
      summary: `Scholing "${data.title}" aangemaakt`,
      changes: changedFields(null, auditedSession(data)),
    });
    return created.id;
  });
  return sessionResponse(db, branch, actor, id);
}

async function currentSession(db: Db, branchId: string, sessionId: string) {
  const current = await db.trainingSession.findFirst({ where: { id: sessionId, branchId }, include: { speakers: { orderBy: { position: "asc" } }, workingGroup: { select: { id: true, name: true } } } });
  if (!current) throw notFound("Training session");
  return current;
}

export async function updateSession(db: Database, branch: BranchScope, actor: Actor, auditActor: AuditActor, sessionId: string, body: TrainingSessionUpdateBody) {
  const current = await currentSession(db, branch.id, sessionId);
  assertMayManage(actor, current.workingGroup, "training sessions");
  // Stale before invalid: a form opened before a lens was renamed shows the old name, and "reload" is the answer.
  if (current.version !== body.version) throw staleVersion("training session");
  if (body.workingGroupId !== undefined && body.workingGroupId !== current.workingGroupId) assertMayManage(actor, await groupOf(db, branch.id, body.workingGroupId), "training sessions");
  const topic = await assertTopic(db, branch.id, body.topicId ?? current.topicId);
  if (body.neighbourhoodId !== undefined) await assertNeighbourhood(db, branch.id, body.neighbourhoodId);
  const before: SessionData = {
    topicId: current.topicId,
    form: current.form,
    title: current.title,
    workingGroupId: current.workingGroupId,
    date: current.date ? toIsoDate(current.date) : null,
    startTime: current.startTime,
    durationMinutes: current.durationMinutes,
    location: current.location,
    neighbourhoodId: current.neighbourhoodId,
    lenses: current.lenses,
    speakers: current.speakers.map((speaker) => ({ name: speaker.name, kind: speaker.kind })),
    attendance: current.attendance,
    evaluation: current.evaluation,
  };
  const data: SessionData = {
    topicId: body.topicId ?? before.topicId,
    form: body.form ?? before.form,
    title: body.title !== undefined ? cleanText(body.title) : before.title,
    workingGroupId: body.workingGroupId ?? before.workingGroupId,
    date: body.date !== undefined ? body.date : before.date,
    startTime: body.startTime ?? before.startTime,
    durationMinutes: body.durationMinutes ?? before.durationMinutes,
    location: body.location?.trim() ?? before.location,
    neighbourhoodId: body.neighbourhoodId !== undefined ? body.neighbourhoodId : before.neighbourhoodId,
    lenses: body.lenses ?? before.lenses,
    speakers: body.speakers ? body.speakers.map((speaker) => ({ name: cleanText(speaker.name), kind: speaker.kind })) : before.speakers,
    attendance: body.attendance !== undefined ? body.attendance : before.attendance,
    evaluation: body.evaluation?.trim() ?? before.evaluation,
  };
  await assertSession(db, branch, data, before.lenses);
  await db.$transaction(async (tx) => {
    const updated = await tx.trainingSession.updateMany({ where: { id: sessionId, branchId: branch.id, version: body.version }, data: { ...sessionColumns(data), version: { increment: 1 } } });
    if (updated.count === 0) throw staleVersion("training session");
    if (body.speakers) {
      await tx.trainingSpeaker.deleteMany({ where: { sessionId, branchId: branch.id } });
      await tx.trainingSpeaker.createMany({ data: data.speakers.map((speaker, position) => ({ branchId: branch.id, sessionId, ...speaker, position })) });
    }
    await syncSessionLinks(tx, branch.id, sessionId, topic.name, actor.personId);
    await recordAudit(tx, {
      branchId: branch.id,
      actor: auditActor,
      entityType: "training_session",
      entityId: sessionId,
      action: "updated",
      summary: `Scholing "${data.title}" gewijzigd`,
      changes: changedFields(auditedSession(before), auditedSession(data)),
    });
  });
  return sessionResponse(db, branch, actor, sessionId);
}

/** Its calendar series goes with it; its activity goes by the foreign key's cascade. */
export async function deleteSession(db: Database, branch: BranchScope, actor: Actor, auditActor: AuditActor, sessionId: string) {
  const current = await currentSession(db, branch.id, sessionId);
  assertMayManage(actor, current.workingGroup, "training sessions");
  await db.$transaction(async (tx) => {
    await tx.trainingSession.deleteMany({ where: { id: sessionId, branchId: branch.id } });
    if (current.seriesId) await tx.meetingSeries.deleteMany({ where: { id: current.seriesId, branchId: branch.id } });
    await recordAudit(tx, {
      branchId: branch.id,
      actor: auditActor,
      entityType: "training_session",
      entityId: sessionId,
      action: "deleted",
      summary: `Scholing "${current.title}" verwijderd`,
    });
  });
}
