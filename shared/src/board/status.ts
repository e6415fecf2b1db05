import { addDays, addMonths, earlierOf } from "./dates.ts";
import type { RosterStatus, TermPolicy, TermRecord } from "./types.ts";

/** The last day someone holds the seat under this term: its end date, or earlier if they left early. */
export function lastDayOf(term: TermRecord): string {
  return term.endedEarlyOn === null ? term.endDate : earlierOf(term.endDate, term.endedEarlyOn);
}

/** Terms of one seat in the order they began; terms starting the same day keep their input order. */
export function termsOfSeat(terms: TermRecord[], seatId: string): TermRecord[] {
  return terms.filter((term) => term.seatId === seatId).sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}

/** The term that governs the seat on `asOf`: the one that began last on or before that day (it may have ended since). */
export function governingTerm(seatTerms: TermRecord[], asOf: string): TermRecord | undefined {
  return seatTerms.filter((term) => term.startDate <= asOf).at(-1);
}

/** A term on the same seat that takes over without a gap, so the seat never falls empty. */
export function successorOf(seatTerms: TermRecord[], term: TermRecord): TermRecord | undefined {
  const dayAfter = addDays(lastDayOf(term), 1);
  return seatTerms.slice(seatTerms.indexOf(term) + 1).find((other) => other.startDate <= dayAfter);
}

/**
 * Status of a seat on `asOf`. Terms include their end date: a term ending 2024-08-21 still runs on that day.
 * - vacant: nobody holds it (no term yet, or the holder left early);
 * - expired: the term ran out and no new term was recorded;
 * - ending_soon: the last day falls within the policy's window, and no follow-up term is recorded yet;
 * - active: otherwise.
 */
export function seatStatusOn(seatTerms: TermRecord[], asOf: string, policy: TermPolicy): RosterStatus {
  const term = governingTerm(seatTerms, asOf);
  if (!term) return "vacant";
  const lastDay = lastDayOf(term);
  if (lastDay >= asOf) {
    const windowOpens = addMonths(lastDay, -policy.endingSoonWindowMonths);
    return asOf >= windowOpens && !successorOf(seatTerms, term) ? "ending_soon" : "active";
  }
  // A recorded departure is a decision: the seat is empty. A term that merely ran out is expired.
  return term.endedEarlyOn !== null ? "vacant" : "expired";
}

/**
 * The unbroken run of terms the holder of `term` has had on this seat, ending with `term`.
 * A gap without another holder does not break the run: when a board's terms lapse and the same
 * people are reappointed later, that is still a reappointment. Someone else holding the seat does.
 */
export function consecutiveRun(seatTerms: TermRecord[], term: TermRecord): TermRecord[] {
  const earlier = seatTerms.slice(0, seatTerms.indexOf(term) + 1);
  const run: TermRecord[] = [];
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const candidate = earlier[index];
    if (!candidate || candidate.personId !== term.personId) break;
    run.unshift(candidate);
  }
  return run;
}

/** Reappointments are counted from the history, never typed in: every term in the run after the first. */
export function reappointmentsIn(run: TermRecord[]): number {
  return Math.max(0, run.length - 1);
}

/**
 * Terms that count towards the maximum. An interim term only completes someone else's term
 * (the usual rule in Dutch statutes), so it does not use up one of the holder's own.
 */
export function countedTerms(run: TermRecord[]): number {
  return run.filter((term) => term.kind !== "interim").length;
}

/** Whether one more term keeps the holder within the policy's maximum of consecutive terms. */
export function mayServeAnotherTerm(run: TermRecord[], policy: TermPolicy): boolean {
  return countedTerms(run) < policy.maxConsecutiveTerms;
}
