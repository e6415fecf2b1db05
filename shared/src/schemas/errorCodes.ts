/**
 * Every `error.code` the API answers with, in one place. The server's AppError only takes these, the web
 * translates each one (errorCodes.<CODE> in web/src/i18n/nl.json and en.json), and
 * tests/integration/errorCodes.test.ts checks that the server's source uses no other code and that every
 * code has a Dutch and an English text. The English `error.message` is for API clients; people read the
 * translation. A code, once published, keeps its meaning: add a new one rather than reuse one.
 */
export const ERROR_CODES = [
  // The framework and the error handler (server/src/plugins/errorHandler.ts, server/src/app.ts)
  "VALIDATION_FAILED",
  "BAD_REQUEST",
  "EMPTY_BODY",
  "INVALID_JSON",
  "INVALID_CONTENT_LENGTH",
  "UNSUPPORTED_MEDIA_TYPE",
  "BODY_TOO_LARGE",
  "URI_TOO_LONG",
  "BAD_URL",
  "ROUTE_NOT_FOUND",
  "NOT_FOUND",
  "RATE_LIMITED",
  "INTERNAL_ERROR",
  "DATABASE_UNAVAILABLE",
  "STALE_VERSION",
  "DUPLICATE_RECORD",
  // Logging in, sessions and the account
  "INVALID_CREDENTIALS",
  "NO_SESSION",
  "SESSION_ENDED",
  "TOKEN_MISSING",
  "TOKEN_EXPIRED",
  "TOKEN_INVALID",
  "PASSWORD_CHANGED",
  "PASSWORD_UNCHANGED",
  "CURRENT_PASSWORD_INCORRECT",
  // Who may do what
  "ROLE_REQUIRED",
  "MEMBERS_ONLY",
  "GROUP_MANAGERS_ONLY",
  "NOT_IN_WORKING_GROUP",
  "OWN_ACTIVITY_ONLY",
  "NOT_YOUR_ACTIVITY",
  "NOT_YOUR_MEASUREMENT",
  "SWAP_NOT_ALLOWED",
  "AGENDA_EDITORS_ONLY",
  "ACTION_MANAGERS_ONLY",
  "OWN_ANSWER_ONLY",
  "PRESENCE_RECORDERS_ONLY",
  // Queries, dates and ranges
  "INVALID_DATE",
  "DATE_IN_FUTURE",
  "INVALID_RANGE",
  "RANGE_TOO_LONG",
  "INVALID_WEEK",
  "INVALID_CURSOR",
  "AMBIGUOUS_QUERY",
  "MISSING_QUERY",
  // References to things of this branch
  "UNKNOWN_PERSON",
  "INACTIVE_PERSON",
  "UNKNOWN_WORKING_GROUP",
  "UNKNOWN_PHASE",
  "UNKNOWN_FOCUS_TOPIC",
  "UNKNOWN_ORGANISATION",
  "UNKNOWN_SERIES",
  "UNKNOWN_AGENDA_ITEM",
  "NOT_A_GROUP_MEMBER",
  // Board roster
  "SEAT_VACANT",
  "SEAT_OCCUPIED",
  "ALREADY_ON_BOARD",
  "ALREADY_FOLLOWED_UP",
  "NOT_DUE",
  "TERM_LIMIT_REACHED",
  "OVERLAPS_LATER_TERM",
  "STARTS_BEFORE_TERM_END",
  "ENDS_BEFORE_START",
  "OUTSIDE_TERM",
  "PROPOSAL_CHANGED",
  // Calendar
  "INVALID_SCHEDULE",
  "INVALID_OCCURRENCE_CHANGE",
  "NOT_AN_OCCURRENCE",
  // Meetings
  "MEETING_CLOSED",
  "MEETING_ALREADY_CLOSED",
  "NO_LATER_MEETING",
  "INVALID_STATUS_CHANGE",
  "PROPOSAL_ALREADY_DECIDED",
  "AGENDA_CHANGED",
  "ITEM_NOT_REFERABLE",
  "INVALID_REFERRAL",
  "NO_TARGET_MEETING",
  // Guests at board meetings
  "NOT_AN_UPCOMING_BOARD_MEETING",
  "INVALID_NAME",
  "INVALID_EMAIL",
  "REQUEST_ALREADY_ANSWERED",
  // Working groups: goals, activities, network, rotas, plan
  "INVALID_GOAL",
  "GOAL_TITLE_EMPTY",
  "NOT_A_MILESTONE",
  "INVALID_MILESTONE",
  "NOT_A_METRIC",
  "INVALID_ACTIVITY",
  "INVALID_ORGANISATION",
  "DUPLICATE_NAME",
  "HAS_ACTIVITIES",
  "INVALID_ROTA",
  "DUPLICATE_ROTA_MEMBER",
  "ROTA_EXISTS",
  "INVALID_SWAP",
  "SWAP_WEEK_PAST",
  "INVALID_PLAN",
  "FOCUS_TOPIC_EXISTS",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** Whether a code from an answer is one of ours (a proxy or an older server may send another). */
export const isErrorCode = (code: string): code is ErrorCode => KNOWN.has(code);
