import { isLocalDate } from "../calendar/localTime.ts";
import { LIMITS } from "../schemas/limits.ts";
import { ACTIVITY_TYPES, type ActivityType, type CountedActivity } from "./types.ts";

interface ActivityRule {
  /** Whether the activity stands for a number of things (posts), given as `count`. */
  takesCount: boolean;
  /** Whether it only makes sense with an organisation: a network conversation is with someone. */
  needsOrganisation: boolean;
}

export const ACTIVITY_RULES: Readonly<Record<ActivityType, ActivityRule>> = {
  demonstration: { takesCount: false, needsOrganisation: false },
  own_action: { takesCount: false, needsOrganisation: false },
  network_conversation: { takesCount: false, needsOrganisation: true },
  council_speech: { takesCount: false, needsOrganisation: false },
  newsletter: { takesCount: false, needsOrganisation: false },
  article: { takesCount: false, needsOrganisation: false },
  social_posts: { takesCount: true, needsOrganisation: false },
  theme_evening: { takesCount: false, needsOrganisation: false },
  conversation_evening: { takesCount: false, needsOrganisation: false },
  office_hours: { takesCount: false, needsOrganisation: false },
  other: { takesCount: false, needsOrganisation: false },
};

/** The most posts one entry may stand for (LIMITS.workingGroups.activityCount). */
export const MAX_ACTIVITY_COUNT = LIMITS.workingGroups.activityCount.max;

export function isActivityType(value: string): value is ActivityType {
  return (ACTIVITY_TYPES as readonly string[]).includes(value);
}

export interface ActivityInput {
  type: string;
  date: string;
  count?: number | null;
  organisationId?: string | null;
}

/**
 * What is wrong with an activity someone wants to log, as sentences that say what to fix; empty when fine.
 * `today` is the branch's local date: activities are what happened, so a later date is refused.
 */
export function activityProblems(input: ActivityInput, today: string): string[] {
  if (!isActivityType(input.type)) return [`"${input.type}" is not an activity type. Use one of: ${ACTIVITY_TYPES.join(", ")}.`];
  const rule = ACTIVITY_RULES[input.type];
  const problems: string[] = [];
  if (!isLocalDate(input.date)) problems.push(`"date" is ${input.date}, which is not a day in the calendar. Use YYYY-MM-DD.`);
  else if (input.date > today) problems.push(`"date" ${input.date} is in the future (today is ${today}); log activities once they have happened.`);
  if (input.count != null && !rule.takesCount) problems.push(`"count" only applies to social_posts; leave it out for ${input.type}.`);
  if (input.count != null && rule.takesCount && (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_ACTIVITY_COUNT)) {
    problems.push(`"count" must be a whole number from 1 to ${MAX_ACTIVITY_COUNT}.`);
  }
  if (rule.needsOrganisation && !input.organisationId) problems.push(`A ${input.type} is with an organisation: give "organisationId" (add the organisation to the network first if it is new).`);
  return problems;
}

/** The count stored for an activity: the given number of posts, 1 for everything else. */
export function storedCount(type: ActivityType, count?: number | null): number {
  return ACTIVITY_RULES[type].takesCount ? (count ?? 1) : 1;
}

/** How much an activity adds to a count or cadence goal. */
export function activityWeight(activity: Pick<CountedActivity, "type" | "count">): number {
  return ACTIVITY_RULES[activity.type].takesCount ? activity.count : 1;
}
