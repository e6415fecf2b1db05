import { branchLenses, isDone, topicOverview, BUILT_IN_LENSES } from "@afdelingsplanner/shared";
import type { LensView, TrainingSessionView, TrainingTopicView } from "@afdelingsplanner/shared/schemas";
import type { Prisma, TrainingLens } from "../../generated/prisma/client.ts";
import { toIsoDate } from "../../lib/dates.ts";
import { mayManageGroup, type Actor } from "../workingGroups/index.ts";

export const sessionInclude = {
  speakers: { orderBy: { position: "asc" }, select: { name: true, kind: true } },
  workingGroup: { select: { name: true } },
  neighbourhood: { select: { name: true } },
  activity: { select: { id: true } },
} as const satisfies Prisma.TrainingSessionInclude;

export type SessionRow = Prisma.TrainingSessionGetPayload<{ include: typeof sessionInclude }>;
export type TopicRow = Prisma.TrainingTopicGetPayload<{ include: { focusTopic: { select: { name: true } } } }>;

export function sessionView(session: SessionRow, actor: Actor, today: string): TrainingSessionView {
  const date = session.date ? toIsoDate(session.date) : null;
  return {
    id: session.id,
    topicId: session.topicId,
    form: session.form,
    title: session.title,
    workingGroupId: session.workingGroupId,
    workingGroupName: session.workingGroup.name,
    date,
    startTime: session.startTime,
    durationMinutes: session.durationMinutes,
    location: session.location,
    neighbourhoodId: session.neighbourhoodId,
    neighbourhoodName: session.neighbourhood?.name ?? null,
    lenses: session.lenses,
    attendance: session.attendance,
    evaluation: session.evaluation,
    speakers: session.speakers,
    status: isDone({ date }, today) ? "done" : "planned",
    seriesId: session.seriesId,
    activityId: session.activity?.id ?? null,
    canEdit: mayManageGroup(actor, session.workingGroupId),
    version: session.version,
  };
}

/** Dated sessions by date, then the undated ones by title. */
function bySchedule(a: TrainingSessionView, b: TrainingSessionView): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date.localeCompare(b.date);
  return a.title.localeCompare(b.title, "nl");
}

export function topicView(topic: TopicRow, sessions: TrainingSessionView[], lenses: readonly string[], today: string): TrainingTopicView {
  const own = sessions.filter((session) => session.topicId === topic.id).sort(bySchedule);
  return {
    id: topic.id,
    name: topic.name,
    description: topic.description,
    focusTopicId: topic.focusTopicId,
    focusTopicName: topic.focusTopic?.name ?? null,
    learningQuestions: topic.learningQuestions,
    overview: topicOverview(own, lenses, today),
    sessions: own,
    version: topic.version,
  };
}

export function lensViews(own: readonly TrainingLens[]): LensView[] {
  const builtIn: LensView[] = BUILT_IN_LENSES.map((key) => ({ key, builtIn: true, id: null, version: null }));
  return [...builtIn, ...own.map((lens) => ({ key: lens.name, builtIn: false, id: lens.id, version: lens.version }))];
}

export const lensKeys = (own: readonly Pick<TrainingLens, "name">[]) => branchLenses(own.map((lens) => lens.name));
