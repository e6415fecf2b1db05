import { Type, type Static } from "@sinclair/typebox";
import { SPEAKER_KINDS, TRAINING_FORMS } from "../training/types.ts";
import { IsoDate } from "./common.ts";
import { ActivityTypeSchema, Nullable, StringEnum } from "./goals.ts";
import { LIMITS } from "./limits.ts";

const L = LIMITS.training;
const Version = Type.Integer({ minimum: 1, description: "The version you edited; a stale one gets 409" });

export const TrainingFormSchema = StringEnum(TRAINING_FORMS, { description: `One of: ${TRAINING_FORMS.join(", ")}` });
export const SpeakerKindSchema = StringEnum(SPEAKER_KINDS, { description: "expert, or lived_experience (ervaringsdeskundige)" });

export const SpeakerView = Type.Object({ name: Type.String(), kind: SpeakerKindSchema });
export type SpeakerView = Static<typeof SpeakerView>;

export const TrainingSessionView = Type.Object({
  id: Type.String(),
  topicId: Type.String(),
  form: TrainingFormSchema,
  title: Type.String(),
  workingGroupId: Type.String(),
  workingGroupName: Type.String(),
  date: Nullable(IsoDate),
  startTime: Type.String(),
  durationMinutes: Type.Integer(),
  location: Type.String(),
  neighbourhoodId: Nullable(Type.String()),
  neighbourhoodName: Nullable(Type.String()),
  lenses: Type.Array(Type.String()),
  attendance: Nullable(Type.Integer()),
  evaluation: Type.String(),
  speakers: Type.Array(SpeakerView),
  status: StringEnum(["done", "planned"] as const, { description: "done: on or before the branch's today; planned: later or not dated yet" }),
  seriesId: Nullable(Type.String({ description: "The calendar series of a dated session (one date)" })),
  activityId: Nullable(Type.String({ description: "The activity the session counts as for its group's goals" })),
  canEdit: Type.Boolean({ description: "Board members and the organising group's chair" }),
  version: Type.Integer(),
});
export type TrainingSessionView = Static<typeof TrainingSessionView>;

export const TopicOverviewView = Type.Object({
  done: Type.Integer(),
  planned: Type.Integer(),
  experts: Type.Integer(),
  livedExperience: Type.Integer(),
  balance: StringEnum(["both", "experts_only", "lived_experience_only", "no_speakers"] as const),
  uncoveredLenses: Type.Array(Type.String(), { description: "The branch's lenses no session held so far has covered" }),
});
export type TopicOverviewView = Static<typeof TopicOverviewView>;

export const TrainingTopicView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  focusTopicId: Nullable(Type.String()),
  focusTopicName: Nullable(Type.String()),
  learningQuestions: Type.Array(Type.String()),
  overview: TopicOverviewView,
  sessions: Type.Array(TrainingSessionView, { description: "Dated ones by date, then the undated ones" }),
  version: Type.Integer(),
});
export type TrainingTopicView = Static<typeof TrainingTopicView>;

export const LensView = Type.Object({
  key: Type.String({ description: "A built-in key (colour, gender, sexuality, disability, class) or the branch's own lens's name" }),
  builtIn: Type.Boolean(),
  id: Nullable(Type.String({ description: "The branch's own lens (to rename or delete it); null for a built-in one" })),
  version: Nullable(Type.Integer({ description: "The branch's own lens's version, sent when renaming it; null for a built-in one" })),
});
export type LensView = Static<typeof LensView>;

const NamedRef = Type.Object({ id: Type.String(), name: Type.String() });

export const TrainingResponse = Type.Object({
  topics: Type.Array(TrainingTopicView),
  lenses: Type.Array(LensView),
  focusTopics: Type.Array(NamedRef),
  workingGroups: Type.Array(NamedRef, { description: "Active working groups that may organise a session" }),
  neighbourhoods: Type.Array(NamedRef),
  canManage: Type.Boolean({ description: "Board members edit topics and lenses" }),
  organiserGroupIds: Type.Array(Type.String(), { description: "Groups the caller may organise sessions for (every group for a board member, the groups they chair otherwise)" }),
});
export type TrainingResponse = Static<typeof TrainingResponse>;

const topicFields = {
  name: Type.String({ minLength: 1, maxLength: L.topicName.maxLength }),
  description: Type.String({ maxLength: L.topicDescription.maxLength }),
  focusTopicId: Nullable(Type.String({ format: "uuid", description: "The plan's focus topic; null for the board's own development" })),
  learningQuestions: Type.Array(Type.String({ minLength: 1, maxLength: L.learningQuestion.maxLength }), { maxItems: L.learningQuestions.maxItems }),
};

export const TrainingTopicCreateBody = Type.Object(
  { name: topicFields.name, description: Type.Optional(topicFields.description), focusTopicId: Type.Optional(topicFields.focusTopicId), learningQuestions: Type.Optional(topicFields.learningQuestions) },
  { additionalProperties: false },
);
export type TrainingTopicCreateBody = Static<typeof TrainingTopicCreateBody>;

export const TrainingTopicUpdateBody = Type.Composite([Type.Partial(Type.Object(topicFields)), Type.Object({ version: Version })], { additionalProperties: false });
export type TrainingTopicUpdateBody = Static<typeof TrainingTopicUpdateBody>;

export const TrainingTopicResponse = Type.Object({ topic: TrainingTopicView });
export type TrainingTopicResponse = Static<typeof TrainingTopicResponse>;

const sessionFields = {
  topicId: Type.String({ format: "uuid" }),
  form: TrainingFormSchema,
  title: Type.String({ minLength: 1, maxLength: L.sessionTitle.maxLength }),
  workingGroupId: Type.String({ format: "uuid", description: "The organising working group" }),
  date: Nullable({ ...IsoDate, description: "The day (YYYY-MM-DD); a dated session appears in the calendar and counts for the group's goals once it has taken place" }),
  startTime: Type.String({ pattern: "^\\d{2}:\\d{2}$", description: "Local HH:MM (default 19:30)" }),
  durationMinutes: Type.Integer({ minimum: L.sessionDurationMinutes.min, maximum: L.sessionDurationMinutes.max }),
  location: Type.String({ maxLength: L.sessionLocation.maxLength }),
  neighbourhoodId: Nullable(Type.String({ format: "uuid", description: "The wijk it takes place in (office hours)" })),
  lenses: Type.Array(Type.String({ minLength: 1, maxLength: L.lensName.maxLength }), { maxItems: L.lenses.maxItems, uniqueItems: true }),
  speakers: Type.Array(Type.Object({ name: Type.String({ minLength: 1, maxLength: L.speakerName.maxLength }), kind: SpeakerKindSchema }, { additionalProperties: false }), { maxItems: L.speakers.maxItems }),
  attendance: Nullable(Type.Integer({ minimum: L.attendance.min, maximum: L.attendance.max, description: "How many came; only once it took place" })),
  evaluation: Type.String({ maxLength: L.evaluation.maxLength, description: "A short evaluation; only once it took place" }),
};

export const TrainingSessionCreateBody = Type.Object(
  {
    topicId: sessionFields.topicId,
    form: sessionFields.form,
    title: sessionFields.title,
    workingGroupId: sessionFields.workingGroupId,
    date: Type.Optional(sessionFields.date),
    startTime: Type.Optional(sessionFields.startTime),
    durationMinutes: Type.Optional(sessionFields.durationMinutes),
    location: Type.Optional(sessionFields.location),
    neighbourhoodId: Type.Optional(sessionFields.neighbourhoodId),
    lenses: Type.Optional(sessionFields.lenses),
    speakers: Type.Optional(sessionFields.speakers),
    attendance: Type.Optional(sessionFields.attendance),
    evaluation: Type.Optional(sessionFields.evaluation),
  },
  { additionalProperties: false },
);
export type TrainingSessionCreateBody = Static<typeof TrainingSessionCreateBody>;

export const TrainingSessionUpdateBody = Type.Composite([Type.Partial(Type.Object(sessionFields)), Type.Object({ version: Version })], { additionalProperties: false });
export type TrainingSessionUpdateBody = Static<typeof TrainingSessionUpdateBody>;

export const TrainingSessionResponse = Type.Object({ session: TrainingSessionView });
export type TrainingSessionResponse = Static<typeof TrainingSessionResponse>;

export const LensCreateBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: L.lensName.maxLength }) }, { additionalProperties: false });
export type LensCreateBody = Static<typeof LensCreateBody>;

export const LensUpdateBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: L.lensName.maxLength }), version: Version }, { additionalProperties: false });
export type LensUpdateBody = Static<typeof LensUpdateBody>;

export const LensesResponse = Type.Object({ lenses: Type.Array(LensView) });
export type LensesResponse = Static<typeof LensesResponse>;

// Neighbourhoods (wijken)

export const NeighbourhoodEvent = Type.Object({
  date: IsoDate,
  title: Type.String({ description: "The session's title or the activity's note (may be empty: then name it by activityType)" }),
  source: StringEnum(["session", "activity"] as const),
  activityType: Nullable(ActivityTypeSchema),
});
export type NeighbourhoodEvent = Static<typeof NeighbourhoodEvent>;

export const NeighbourhoodView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  lastVisit: Nullable(IsoDate),
  nextPlanned: Nullable(IsoDate),
  quiet: Type.Boolean({ description: "Nothing there in the six months up to today" }),
  lastVisitEvents: Type.Array(NeighbourhoodEvent, { description: "What happened there on the day of the last visit" }),
  planned: Type.Array(NeighbourhoodEvent, { description: "What is planned there after today, soonest first" }),
  version: Type.Integer(),
});
export type NeighbourhoodView = Static<typeof NeighbourhoodView>;

export const NeighbourhoodsResponse = Type.Object({ neighbourhoods: Type.Array(NeighbourhoodView), today: IsoDate, canManage: Type.Boolean() });
export type NeighbourhoodsResponse = Static<typeof NeighbourhoodsResponse>;

export const NeighbourhoodCreateBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: L.neighbourhoodName.maxLength }) }, { additionalProperties: false });
export type NeighbourhoodCreateBody = Static<typeof NeighbourhoodCreateBody>;

export const NeighbourhoodUpdateBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: L.neighbourhoodName.maxLength }), version: Version }, { additionalProperties: false });
export type NeighbourhoodUpdateBody = Static<typeof NeighbourhoodUpdateBody>;

export const NeighbourhoodResponse = Type.Object({ neighbourhood: NeighbourhoodView });
export type NeighbourhoodResponse = Static<typeof NeighbourhoodResponse>;
