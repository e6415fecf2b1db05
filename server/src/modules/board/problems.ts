import type { PlanProblem, TermPolicy } from "@afdelingsplanner/shared";
import { AppError } from "../../lib/errors.ts";

/** Why a roster action was refused, as an error the caller can act on. Stable codes; the web shows Dutch text per code. */
export function planProblemError(problem: PlanProblem, policy: TermPolicy): AppError {
  switch (problem) {
    case "seat_vacant":
      return new AppError(409, "SEAT_VACANT", "Nobody holds this seat. Appoint an interim member instead.");
    case "seat_occupied":
      return new AppError(409, "SEAT_OCCUPIED", "Someone holds this seat on that date. Record their departure first.");
    case "already_followed_up":
      return new AppError(409, "ALREADY_FOLLOWED_UP", "A next term for this seat is already recorded.");
    case "not_due":
      return new AppError(409, "NOT_DUE", `This term does not end soon yet. Reappointments are recorded from ${policy.endingSoonWindowMonths} months before the end.`);
    case "term_limit":
      return new AppError(409, "TERM_LIMIT_REACHED", `The holder has served the maximum of ${policy.maxConsecutiveTerms} consecutive terms the branch's policy allows.`);
    case "overlaps_later_term":
      return new AppError(409, "OVERLAPS_LATER_TERM", "The term would overlap a term already recorded for this seat. Choose an earlier end date.");
    case "starts_before_term_end":
      return new AppError(400, "STARTS_BEFORE_TERM_END", "A reappointment starts on or after the last day of the current term.");
    case "ends_before_start":
      return new AppError(400, "ENDS_BEFORE_START", "The end date must come after the start date.");
    case "outside_term":
      return new AppError(400, "OUTSIDE_TERM", "The last day in office must fall within the current term.");
  }
}
