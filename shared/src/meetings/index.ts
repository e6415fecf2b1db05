/** The meeting itself: carry-over, the overrun warning, referrals and attendance figures. */
export { CARRY_OVER_HORIZON_DAYS, OFTEN_POSTPONED, carryPlan, isOftenPostponed, isUnhandled, nextOccurrenceDate, type CarryPlan, type CarryStatus, type SeriesSchedule } from "./carryOver.ts";
export { agendaTiming, type AgendaTiming } from "./agendaTiming.ts";
export { itemHistory, referralHops, referralProblem, type ChainItem, type HistoryStep, type HistoryStepKind } from "./referrals.ts";
export { attendanceFigures, type AttendanceCounts, type Presence, type PresenceRecord } from "./attendance.ts";
export { agendaChanges, hasAgendaChanges, type AgendaChanges, type AgendaItemField, type SentAgenda, type SentAgendaItem } from "./agendaChanges.ts";
