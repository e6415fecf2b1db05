/**
 * The vocabulary of working-group goals (doelen) and the activity log they count from.
 * Everything here is plain data; the rules live next door (progress.ts, cadence.ts, activities.ts, rota.ts).
 */

/** count: ≥ N activities of one type; distinct: N different organisations; cadence: N per week or month;
 *  milestone: done or not; metric: a measured value (followers) against a target. */
export const GOAL_KINDS = ["count", "distinct", "cadence", "milestone", "metric"] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/** What members log. network_conversation = netwerkgesprek, council_speech = inspreken, theme_evening = themaBIJ1komst. */
export const ACTIVITY_TYPES = [
  "demonstration",
  "own_action",
  "network_conversation",
  "council_speech",
  "newsletter",
  "article",
  "social_posts",
  "theme_evening",
  // Made by training sessions (shared/src/training): gespreksavond, spreekuur in een wijk.
  "conversation_evening",
  "office_hours",
  "other",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const CADENCE_UNITS = ["week", "month"] as const;
export type CadenceUnit = (typeof CADENCE_UNITS)[number];

export const GOAL_STATUSES = ["on_track", "behind", "done", "overdue"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const ORGANISATION_TYPES = ["party", "community", "ngo", "government", "union", "branch", "other"] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** The part of a goal that decides its progress. Dates are local days "YYYY-MM-DD", both ends inclusive. */
export interface GoalDefinition {
  kind: GoalKind;
  target: number;
  /** The type counted by count, distinct and cadence goals; null for milestone and metric. */
  activityType: ActivityType | null;
  periodStart: string;
  /** The last day of the period; for a milestone, its deadline. */
  periodEnd: string;
  /** Only for cadence goals. */
  cadenceUnit: CadenceUnit | null;
  /** Only for milestones: the day it was reached, or null. */
  completedOn: string | null;
}

/** An activity as goals see it: already limited to the goal's working group by the caller. */
export interface CountedActivity {
  type: ActivityType;
  date: string;
  /** How many it stands for: the number of posts for social_posts, otherwise 1. */
  count: number;
  organisationId: string | null;
}

/**
 * What a count, distinct or cadence goal needs from its activities: only sums, so the database can make
 * them (GROUP BY) instead of sending five years of rows. Only activities of the goal's type within its
 * period and not after today are in it; `tallyActivities` makes the same from rows.
 */
export interface ActivityTally {
  /** activityWeight summed: posts count as their number, anything else as 1. */
  weight: number;
  /** Different organisations among them. */
  organisations: number;
  /** Cadence goals: the weight per week ("2026-W47") or month ("2026-11"), keyed like `cadenceBounds`. */
  perPeriod: Readonly<Record<string, number>>;
}

export interface Measurement {
  date: string;
  value: number;
}
