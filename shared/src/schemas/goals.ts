import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { WORKING_GROUP_ROLES } from "../auth/roles.ts";
import { ACTIVITY_TYPES, CADENCE_UNITS, GOAL_KINDS, GOAL_STATUSES, ORGANISATION_TYPES } from "../goals/types.ts";
import { BranchSlugParams, IsoDate } from "./common.ts";
import { LIMITS } from "./limits.ts";

/**
 * A string enum as plain JSON Schema ({ type: "string", enum }): one clear validation error
 * ("must be equal to one of the allowed values") instead of one per literal of a union, and a
 * compact enum in the OpenAPI document.
 */
export const StringEnum = <T extends string>(values: readonly T[], options: { description?: string } = {}) =>
  Type.Unsafe<T>({ type: "string", enum: [...values], ...options });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const GoalKindSchema = StringEnum(GOAL_KINDS, {
  description: "count: ≥ target activities of activityType in the period; distinct: target different organisations; cadence: target per week or month; milestone: done or not by periodEnd; metric: latest measurement against target",
});
export const ActivityTypeSchema = StringEnum(ACTIVITY_TYPES, { description: `One of: ${ACTIVITY_TYPES.join(", ")}` });
export const CadenceUnitSchema = StringEnum(CADENCE_UNITS, { description: "ISO week (Monday–Sunday) or calendar month" });
export const GoalStatusSchema = StringEnum(GOAL_STATUSES, {
  description: "done: target reached; overdue: period over, target not reached; behind: at least one whole unit short of a steady pace; on_track otherwise",
});
export const OrganisationTypeSchema = StringEnum(ORGANISATION_TYPES);

export const IdParams = Type.Composite([BranchSlugParams, Type.Object({ id: Type.String({ format: "uuid" }) })]);
export type IdParams = Static<typeof IdParams>;

const Title = Type.String({ minLength: 1, maxLength: LIMITS.workingGroups.goalTitle.maxLength });
const Description = Type.String({ maxLength: LIMITS.workingGroups.goalDescription.maxLength });
const Uuid = Type.String({ format: "uuid" });
const Version = Type.Integer({ minimum: 1, description: "The version you edited; a stale one gets 409" });

export const CadencePeriodView = Type.Object({
  key: Type.String({ description: "2026-W47 for a week, 2026-11 for a month" }),
  start: IsoDate,
  end: IsoDate,
  count: Type.Number(),
  met: Type.Boolean(),
  state: StringEnum(["past", "current", "future"] as const),
});
export type CadencePeriodView = Static<typeof CadencePeriodView>;

export const MeasurementView = Type.Object({ id: Type.String(), date: IsoDate, value: Type.Number(), note: Type.String() });
export type MeasurementView = Static<typeof MeasurementView>;

export const GoalView = Type.Object({
  id: Type.String(),
  workingGroupId: Type.String(),
  title: Type.String(),
  description: Type.String(),
  kind: GoalKindSchema,
  target: Type.Number({ description: "Per week or month for cadence goals; 1 for a milestone" }),
  current: Type.Number({ description: "count: activities so far; distinct: organisations; cadence: this week's (month's) count; milestone: 1 when done; metric: latest value" }),
  status: GoalStatusSchema,
  expectedByNow: Type.Number({ description: "Where a steady pace stands by the end of today (cadence: within this week or month)" }),
  progress: Type.Number({ minimum: 0, maximum: 1, description: "For a progress bar: current against target (metrics from their baseline)" }),
  periodStart: IsoDate,
  periodEnd: Type.String({ description: "YYYY-MM-DD, inclusive; a milestone's deadline" }),
  activityType: Nullable(ActivityTypeSchema),
  cadenceUnit: Nullable(CadenceUnitSchema),
  ownerId: Nullable(Type.String()),
  ownerName: Nullable(Type.String()),
  phaseId: Nullable(Type.String()),
  focusTopicId: Nullable(Type.String()),
  completedOn: Nullable(Type.String({ description: "Milestones: the day it was reached" })),
  cadence: Nullable(
    Type.Object({
      unit: CadenceUnitSchema,
      streak: Type.Integer({ description: "Met weeks (months) in a row up to now; a current one not met yet does not break it" }),
      missedPeriods: Type.Integer({ description: "Weeks (months) that ended without reaching the target" }),
      currentPeriod: Nullable(CadencePeriodView),
      periods: Type.Array(CadencePeriodView),
    }),
  ),
  metric: Nullable(
    Type.Object({
      baseline: Nullable(Type.Number({ description: "The value the period started from" })),
      measuredOn: Nullable(Type.String({ description: "Date of the measurement shown as current" })),
      measurements: Type.Array(MeasurementView),
    }),
  ),
  version: Type.Integer(),
});
export type GoalView = Static<typeof GoalView>;

export const GoalsQuery = Type.Object(
  { workingGroup: Type.Optional(Type.String({ maxLength: LIMITS.common.workingGroupRef.maxLength, description: "Working group id or slug" })) },
  { additionalProperties: false },
);
export type GoalsQuery = Static<typeof GoalsQuery>;

export const GoalsResponse = Type.Object({
  today: Type.String({ description: "The branch's local date the progress is computed for" }),
  goals: Type.Array(GoalView),
});
export type GoalsResponse = Static<typeof GoalsResponse>;

export const GoalResponse = Type.Object({ today: Type.String(), goal: GoalView });
export type GoalResponse = Static<typeof GoalResponse>;

const goalFields = {
  workingGroupId: Uuid,
  title: Title,
  description: Description,
  kind: GoalKindSchema,
  target: Type.Number({ exclusiveMinimum: 0, description: "Whole number except for metrics; leave out for a milestone" }),
  activityType: Nullable(ActivityTypeSchema),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  cadenceUnit: Nullable(CadenceUnitSchema),
  ownerId: Nullable(Uuid),
  phaseId: Nullable(Uuid),
  focusTopicId: Nullable(Uuid),
};

export const GoalCreateBody = Type.Object(
  {
    workingGroupId: goalFields.workingGroupId,
    title: goalFields.title,
    description: Type.Optional(goalFields.description),
    kind: goalFields.kind,
    target: Type.Optional(goalFields.target),
    activityType: Type.Optional(goalFields.activityType),
    periodStart: goalFields.periodStart,
    periodEnd: goalFields.periodEnd,
    cadenceUnit: Type.Optional(goalFields.cadenceUnit),
    ownerId: Type.Optional(goalFields.ownerId),
    phaseId: Type.Optional(goalFields.phaseId),
    focusTopicId: Type.Optional(goalFields.focusTopicId),
  },
  { additionalProperties: false },
);
export type GoalCreateBody = Static<typeof GoalCreateBody>;

export const GoalUpdateBody = Type.Composite([Type.Partial(Type.Object(goalFields)), Type.Object({ version: Version })], { additionalProperties: false });
export type GoalUpdateBody = Static<typeof GoalUpdateBody>;

export const MilestoneBody = Type.Object(
  {
    done: Type.Boolean(),
    date: Type.Optional(IsoDate),
    version: Version,
  },
  { additionalProperties: false, description: "done: true marks the milestone reached on `date` (default today); done: false undoes it" },
);
export type MilestoneBody = Static<typeof MilestoneBody>;

export const MeasurementBody = Type.Object(
  {
    date: IsoDate,
    value: Type.Number({ minimum: LIMITS.workingGroups.measurementValue.min, maximum: LIMITS.workingGroups.measurementValue.max }),
    note: Type.Optional(Type.String({ maxLength: LIMITS.workingGroups.measurementNote.maxLength })),
  },
  { additionalProperties: false, description: "A second measurement on the same day replaces the first" },
);
export type MeasurementBody = Static<typeof MeasurementBody>;

export const MeasurementParams = Type.Composite([IdParams, Type.Object({ measurementId: Type.String({ format: "uuid" }) })]);
export type MeasurementParams = Static<typeof MeasurementParams>;

const GroupPerson = Type.Object({ personId: Type.String(), name: Type.String(), role: StringEnum(WORKING_GROUP_ROLES), isBoardMember: Type.Boolean() });

export const WorkingGroupOverview = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  chairs: Type.Array(GroupPerson, { description: "Trekker(s)" }),
  conveners: Type.Array(GroupPerson),
  actionListKeepers: Type.Array(GroupPerson),
  members: Type.Array(GroupPerson, { description: "Everyone in the group, chairs first" }),
  independent: Type.Boolean({ description: "The plan's aim: a chair who is not on the board" }),
  goalCounts: Type.Object({ on_track: Type.Integer(), behind: Type.Integer(), done: Type.Integer(), overdue: Type.Integer() }),
  you: Type.Object(
    {
      manage: Type.Boolean({ description: "May edit this group's goals and rota (its chair, or a board member)" }),
      log: Type.Boolean({ description: "May log activity for this group (a member, or a board member)" }),
    },
    { description: "What the caller may do here" },
  ),
});
export type WorkingGroupOverview = Static<typeof WorkingGroupOverview>;

export const WorkingGroupOverviewResponse = Type.Object({ today: Type.String(), workingGroups: Type.Array(WorkingGroupOverview) });
export type WorkingGroupOverviewResponse = Static<typeof WorkingGroupOverviewResponse>;
