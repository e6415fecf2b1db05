import type { ActivityType, CadenceUnit, GoalKind, GoalStatus, OrganisationType, WorkingGroupRole } from "@afdelingsplanner/shared";

// Own small lists (not the shared constants), so no schema code rides along into these chunks.
// `satisfies` keeps them complete: a new type in shared/ that is missing here fails to compile.

/** In the order of the quick form's buttons: the most frequent first. */
export const ACTIVITY_TYPES = [
  "demonstration",
  "own_action",
  "network_conversation",
  "social_posts",
  "newsletter",
  "article",
  "council_speech",
  "theme_evening",
  "conversation_evening",
  "office_hours",
  "other",
] as const satisfies readonly ActivityType[];

export const ORGANISATION_TYPES = ["party", "community", "ngo", "government", "union", "branch", "other"] as const satisfies readonly OrganisationType[];

export const GOAL_STATUSES = ["behind", "overdue", "on_track", "done"] as const satisfies readonly GoalStatus[];

// Fails to compile when shared/ gains a value that is missing from a list above.
type Complete<T extends never> = T;
export type ListsComplete = Complete<
  | Exclude<ActivityType, (typeof ACTIVITY_TYPES)[number]>
  | Exclude<OrganisationType, (typeof ORGANISATION_TYPES)[number]>
  | Exclude<GoalStatus, (typeof GOAL_STATUSES)[number]>
>;

export const GOAL_KINDS = ["count", "distinct", "cadence", "milestone", "metric"] as const satisfies readonly GoalKind[];
export const CADENCE_UNITS = ["week", "month"] as const satisfies readonly CadenceUnit[];
export type GoalKindsComplete = Complete<Exclude<GoalKind, (typeof GOAL_KINDS)[number]> | Exclude<CadenceUnit, (typeof CADENCE_UNITS)[number]>>;

/** Roles in a working group, in the order the role picker offers them: trekker, bijeenroeper, actielijsthouder, lid. */
export const GROUP_ROLES = ["chair", "convener", "action_list_keeper", "member"] as const satisfies readonly WorkingGroupRole[];
export type GroupRolesComplete = Complete<Exclude<WorkingGroupRole, (typeof GROUP_ROLES)[number]>>;
