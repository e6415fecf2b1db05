import { Type, type Static } from "@sinclair/typebox";
import { IsoDate } from "./common.ts";
import { ActivityTypeSchema, GoalView, Nullable } from "./goals.ts";
import { LIMITS } from "./limits.ts";

const HttpLink = Type.String({ maxLength: LIMITS.workingGroups.activityLink.maxLength, pattern: "^https?://\\S+$", description: "http(s) address of a post, article or report" });

export const ActivityCreateBody = Type.Object(
  {
    type: ActivityTypeSchema,
    date: { ...IsoDate, description: "The day it happened (YYYY-MM-DD, not in the future)" },
    workingGroupId: Type.String({ format: "uuid" }),
    organisationId: Type.Optional(Type.String({ format: "uuid", description: "Required for network_conversation" })),
    count: Type.Optional(Type.Integer({ minimum: LIMITS.workingGroups.activityCount.min, maximum: LIMITS.workingGroups.activityCount.max, description: "Number of posts; only for social_posts (default 1)" })),
    note: Type.Optional(Type.String({ maxLength: LIMITS.workingGroups.activityNote.maxLength })),
    link: Type.Optional(HttpLink),
    personId: Type.Optional(Type.String({ format: "uuid", description: "Who did it; default the caller. Only a chair or board member may name someone else" })),
    neighbourhoodId: Type.Optional(Type.String({ format: "uuid", description: "The wijk it took place in (one of the branch's neighbourhoods)" })),
  },
  { additionalProperties: false },
);
export type ActivityCreateBody = Static<typeof ActivityCreateBody>;

export const ActivityView = Type.Object({
  id: Type.String(),
  type: ActivityTypeSchema,
  date: IsoDate,
  workingGroupId: Type.String(),
  personId: Nullable(Type.String()),
  personName: Nullable(Type.String()),
  organisationId: Nullable(Type.String()),
  organisationName: Nullable(Type.String()),
  neighbourhoodId: Nullable(Type.String()),
  neighbourhoodName: Nullable(Type.String()),
  trainingSessionId: Nullable(Type.String({ description: "Set when a training session made this activity; change it there" })),
  count: Type.Integer({ description: "Posts for social_posts, 1 otherwise" }),
  note: Type.String(),
  link: Nullable(Type.String()),
  createdById: Nullable(Type.String()),
  createdAt: Type.String({ description: "ISO 8601 instant it was logged" }),
  canDelete: Type.Boolean({ description: "Whether the caller may delete it (own activity, or chair / board)" }),
});
export type ActivityView = Static<typeof ActivityView>;

export const ActivitiesQuery = Type.Object(
  {
    workingGroup: Type.Optional(Type.String({ maxLength: LIMITS.common.workingGroupRef.maxLength, description: "Working group id or slug" })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    type: Type.Optional(ActivityTypeSchema),
    organisation: Type.Optional(Type.String({ format: "uuid" })),
    limit: Type.Optional(Type.Integer({ minimum: LIMITS.workingGroups.activitiesPage.min, maximum: LIMITS.workingGroups.activitiesPage.max, default: 200, description: "Newest first; at most this many (default 200)" })),
  },
  { additionalProperties: false },
);
export type ActivitiesQuery = Static<typeof ActivitiesQuery>;

export const ActivitiesResponse = Type.Object({
  activities: Type.Array(ActivityView),
  truncated: Type.Boolean({ description: "True when more matched than `limit`" }),
});
export type ActivitiesResponse = Static<typeof ActivitiesResponse>;

export const ActivityCreatedResponse = Type.Object({
  activity: ActivityView,
  goals: Type.Array(GoalView, { description: "The working group's goals after this activity, so progress bars can move at once" }),
});
export type ActivityCreatedResponse = Static<typeof ActivityCreatedResponse>;
