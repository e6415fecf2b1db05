import { Type, type Static } from "@sinclair/typebox";
import { IsoDate } from "./common.ts";
import { GoalView, StringEnum } from "./goals.ts";
import { LIMITS } from "./limits.ts";

const Version = Type.Integer({ minimum: 1, description: "The version you edited; a stale one gets 409" });

export const PlanPhaseView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  startDate: IsoDate,
  endDate: Type.String({ description: "YYYY-MM-DD, inclusive" }),
  state: StringEnum(["past", "current", "future"] as const, { description: "Relative to today in the branch's time zone; phases may overlap" }),
  version: Type.Integer(),
});
export type PlanPhaseView = Static<typeof PlanPhaseView>;

export const FocusTopicView = Type.Object({ id: Type.String(), name: Type.String(), description: Type.String(), goalIds: Type.Array(Type.String()), version: Type.Integer() });
export type FocusTopicView = Static<typeof FocusTopicView>;

export const PlanResponse = Type.Object({
  today: Type.String({ description: "Today in the branch's time zone: where the timeline marks now" }),
  phases: Type.Array(Type.Composite([PlanPhaseView, Type.Object({ goals: Type.Array(GoalView) })]), { description: "Sorted by start date" }),
  goalsWithoutPhase: Type.Array(GoalView),
  focusTopics: Type.Array(FocusTopicView),
});
export type PlanResponse = Static<typeof PlanResponse>;

const phaseFields = {
  name: Type.String({ minLength: 1, maxLength: LIMITS.workingGroups.phaseName.maxLength }),
  description: Type.String({ maxLength: LIMITS.workingGroups.phaseDescription.maxLength }),
  startDate: IsoDate,
  endDate: IsoDate,
};

export const PhaseCreateBody = Type.Object(
  { name: phaseFields.name, description: Type.Optional(phaseFields.description), startDate: phaseFields.startDate, endDate: phaseFields.endDate },
  { additionalProperties: false },
);
export type PhaseCreateBody = Static<typeof PhaseCreateBody>;
export const PhaseUpdateBody = Type.Composite([Type.Partial(Type.Object(phaseFields)), Type.Object({ version: Version })], { additionalProperties: false });
export type PhaseUpdateBody = Static<typeof PhaseUpdateBody>;
export const PhaseResponse = Type.Object({ phase: PlanPhaseView });
export type PhaseResponse = Static<typeof PhaseResponse>;

const topicFields = {
  name: Type.String({ minLength: 1, maxLength: LIMITS.workingGroups.focusTopicName.maxLength }),
  description: Type.String({ maxLength: LIMITS.workingGroups.focusTopicDescription.maxLength }),
};
export const FocusTopicCreateBody = Type.Object({ name: topicFields.name, description: Type.Optional(topicFields.description) }, { additionalProperties: false });
export type FocusTopicCreateBody = Static<typeof FocusTopicCreateBody>;
export const FocusTopicUpdateBody = Type.Composite([Type.Partial(Type.Object(topicFields)), Type.Object({ version: Version })], { additionalProperties: false });
export type FocusTopicUpdateBody = Static<typeof FocusTopicUpdateBody>;
export const FocusTopicResponse = Type.Object({ focusTopic: FocusTopicView });
export type FocusTopicResponse = Static<typeof FocusTopicResponse>;
