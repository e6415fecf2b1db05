import { calendarDays } from "@afdelingsplanner/shared";
import { type BranchMembership } from "@afdelingsplanner/shared/schemas";

/**
 * The one source of "now" for server code. The app gets it from buildApp({ clock }); tests pin it,
 * so that nothing depends on the day the suite runs.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A member's branch as a request sees it: the membership, and the moment the request began with that
 * moment's date in the branch's time zone. Read once per request, so one request never straddles midnight.
 */
export interface BranchScope extends BranchMembership {
  now: Date;
  /** Today in the branch's time zone (YYYY-MM-DD). */
  today: string;
}

export function branchScope(membership: BranchMembership, now: Date): BranchScope {
  return { ...membership, now, today: calendarDays.todayIn(membership.timeZone, now) };
}
