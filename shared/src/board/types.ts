/** How a term began: chosen at a members' meeting, renewed for the same person, or filling a vacancy mid-term (tussentijds). */
export const TERM_KINDS = ["elected", "reappointed", "interim"] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** Whether the holder wants another term (herkiesbaar). */
export const STANDING_AGAIN_CHOICES = ["yes", "no", "undecided"] as const;
export type StandingAgain = (typeof STANDING_AGAIN_CHOICES)[number];

export const ROSTER_STATUSES = ["active", "ending_soon", "expired", "vacant"] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

export const ROSTER_WARNING_CODES = ["ended_without_decision", "same_end_date", "vacant_seat", "over_term_limit"] as const;
export type RosterWarningCode = (typeof ROSTER_WARNING_CODES)[number];

export interface TermPolicy {
  termLengthMonths: number;
  maxConsecutiveTerms: number;
  endingSoonWindowMonths: number;
}

/** Two years, at most three terms in a row, "ending soon" from three months before the end. */
export const DEFAULT_TERM_POLICY: TermPolicy = { termLengthMonths: 24, maxConsecutiveTerms: 3, endingSoonWindowMonths: 3 };

/** A board seat as the roster logic needs it. Dates are YYYY-MM-DD. */
export interface SeatRecord {
  id: string;
  function: string;
  portfolio: string;
  position: number;
  abolishedOn: string | null;
}

/** One term of one person on one seat. Both dates are inclusive; endedEarlyOn is the last day in office of someone who left early. */
export interface TermRecord {
  id: string;
  seatId: string;
  personId: string;
  personName: string;
  kind: TermKind;
  startDate: string;
  endDate: string;
  endedEarlyOn: string | null;
  standingAgain: StandingAgain;
}

export interface RosterWarning {
  code: RosterWarningCode;
  /** Dutch, ready to show. */
  message: string;
  personIds: string[];
}
