import { useTranslation } from "react-i18next";
import type { ErrorCode } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../hooks/useDescribeError.ts";
import { ApiError } from "../../lib/api.ts";

// The server's error codes for roster actions; its messages are English, these texts are the user's language.
const KNOWN_CODES = [
  "SEAT_VACANT",
  "SEAT_OCCUPIED",
  "ALREADY_FOLLOWED_UP",
  "NOT_DUE",
  "TERM_LIMIT_REACHED",
  "OVERLAPS_LATER_TERM",
  "STARTS_BEFORE_TERM_END",
  "ENDS_BEFORE_START",
  "OUTSIDE_TERM",
  "UNKNOWN_PERSON",
  "INACTIVE_PERSON",
  "ALREADY_ON_BOARD",
  "PROPOSAL_CHANGED",
  "DUPLICATE_RECORD",
  "STALE_VERSION",
  "VALIDATION_FAILED",
] as const satisfies readonly ErrorCode[];
type KnownCode = (typeof KNOWN_CODES)[number];

const isKnown = (code: string): code is KnownCode => KNOWN_CODES.some((known) => known === code);

export function useRosterErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (error) => (error instanceof ApiError && isKnown(error.code) ? t(`roster.errors.${error.code}`) : describe(error));
}
