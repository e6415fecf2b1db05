import { addMonths, laterOf } from "./dates.ts";
import type { RosterRow } from "./roster.ts";
import { governingTerm, seatStatusOn } from "./status.ts";
import type { TermPolicy, TermRecord } from "./types.ts";

// What each roster action would write, or why it may not. The server turns a problem into a 400 or
// 409; keeping the rules here lets the web and the tests use exactly the same ones.

export type PlanProblem =
  | "seat_vacant"
  | "seat_occupied"
  | "already_followed_up"
  | "not_due"
  | "term_limit"
  | "starts_before_term_end"
  | "ends_before_start"
  | "overlaps_later_term"
  | "outside_term";

export type Plan<T> = { ok: true; value: T } | { ok: false; problem: PlanProblem };

const fail = <T>(problem: PlanProblem): Plan<T> => ({ ok: false, problem });
const ok = <T>(value: T): Plan<T> => ({ ok: true, value });

export interface TermDates {
  startDate: string;
  endDate: string;
}

/**
 * A new term for the seat's holder, once the current term is ending soon or has ended: earlier, a
 * reappointment is more likely a double click than a decision. By default it starts the day the current
 * term ends (reappointed at the meeting where they retire, so the anniversaries stay put), or today
 * when that day has passed.
 */
export function planReappointment(row: Pick<RosterRow, "status" | "termEnd" | "nextTermStart" | "eligibleForReappointment">, policy: TermPolicy, today: string, startDate?: string): Plan<TermDates> {
  if (row.status === "vacant" || row.termEnd === null) return fail("seat_vacant");
  if (row.nextTermStart !== null) return fail("already_followed_up");
  if (row.status === "active") return fail("not_due");
  if (!row.eligibleForReappointment) return fail("term_limit");
  const start = startDate ?? laterOf(row.termEnd, today);
  if (start < row.termEnd) return fail("starts_before_term_end");
  return ok({ startDate: start, endDate: addMonths(start, policy.termLengthMonths) });
}

/**
 * An interim (tussentijds) member fills a vacant or expired seat. As Dutch statutes usually have it,
 * they take their predecessor's place on the roster: the term ends when the predecessor's would have,
 * which keeps a staggered roster staggered. Without such an end still ahead, it is a full term.
 */
export function planInterim(seatTerms: TermRecord[], policy: TermPolicy, startDate: string, endDate?: string): Plan<TermDates> {
  const status = seatStatusOn(seatTerms, startDate, policy);
  if (status !== "vacant" && status !== "expired") return fail("seat_occupied");
  const predecessorEnd = governingTerm(seatTerms, startDate)?.endDate;
  const end = endDate ?? (predecessorEnd !== undefined && predecessorEnd > startDate ? predecessorEnd : addMonths(startDate, policy.termLengthMonths));
  if (end <= startDate) return fail("ends_before_start");
  if (seatTerms.some((term) => term.startDate > startDate && term.startDate <= end)) return fail("overlaps_later_term");
  return ok({ startDate, endDate: end });
}

/** The holder's last day in office. It must fall within the term; by default it is today, or the term's end if that has passed. */
export function planDeparture(row: Pick<RosterRow, "status" | "termStart" | "termEnd">, today: string, lastDay?: string): Plan<string> {
  if (row.status === "vacant" || row.termStart === null || row.termEnd === null) return fail("seat_vacant");
  const day = lastDay ?? (row.termEnd < today ? row.termEnd : today);
  if (day < row.termStart || day > row.termEnd) return fail("outside_term");
  return ok(day);
}
