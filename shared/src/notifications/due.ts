import { addDaysLocal, daysBetweenLocal, instantToLocal, isoWeekdayOf, localToInstant, MS_PER_DAY } from "../calendar/localTime.ts";
import { governingTerm, lastDayOf, successorOf } from "../board/status.ts";
import type { TermRecord } from "../board/types.ts";

/*
 * When each scheduled mail is due, as pure functions of the clock's instant and the branch's time zone,
 * so that reminders go out at the right local hour across both DST changes whatever the server's TZ.
 *
 * The scheduler ticks every minute and asks "what is due now": a mail is due from its instant until a
 * grace period later (or until the meeting starts, for a reminder). Within that span every tick finds
 * it again; the outbox's dedupeKey makes sure it is sent once. The grace period lets a restart or a short
 * outage catch up, without sending yesterday's reminder tomorrow.
 */

/** How late a reminder may still go out after its time (a restart, a short outage), but never after the meeting began. */
export const REMINDER_GRACE_MS = 3 * 60 * 60 * 1000;
/** The weekly action digest: Monday at this local time, for a day. */
export const DIGEST_LOCAL_TIME = "08:00";
export const DIGEST_GRACE_MS = MS_PER_DAY;
/** Roster mails go out at this local time, and may catch up for a week (the next weekly one would follow). */
export const ROSTER_LOCAL_TIME = "09:00";
export const ROSTER_GRACE_MS = 7 * MS_PER_DAY;
/** The first roster mail: this many days before a term's last day. */
export const ROSTER_NOTICE_DAYS = 60;

/** The instant of a local date and time in the zone (a time inside the spring gap moves forward, as for meetings). */
export const localInstant = (date: string, time: string, timeZone: string): number => localToInstant(`${date}T${time}`, timeZone).epochMs;

/** Whether a mail due at `dueAt` is to be sent at `now`: from its time, within `graceMs`, and (for reminders) before `until`. */
export function isDue(dueAt: number, now: number, graceMs: number, until = Number.POSITIVE_INFINITY): boolean {
  return dueAt <= now && now < Math.min(dueAt + graceMs, until);
}

/** A meeting as the reminders see it: its current (possibly moved) local start and its instant. */
export interface ReminderMeeting {
  startLocal: string;
  startsAt: number;
}

/** The evening-before reminder: the day before the meeting's local date, at the member's time (default 19:00). */
export function eveningReminderAt(meeting: ReminderMeeting, reminderTime: string, timeZone: string): number {
  return localInstant(addDaysLocal(meeting.startLocal.slice(0, 10), -1), reminderTime, timeZone);
}

/** The reminder N days before a branch meeting or theme evening, at the member's reminder time. */
export function daysBeforeReminderAt(meeting: ReminderMeeting, days: number, reminderTime: string, timeZone: string): number {
  return localInstant(addDaysLocal(meeting.startLocal.slice(0, 10), -days), reminderTime, timeZone);
}

/** The local dates a meeting may fall on for its reminder to be due somewhere around `now` (a window to load occurrences for). */
export function reminderWindow(now: number, timeZone: string, maxDaysBefore: number): { from: string; to: string } {
  const today = instantToLocal(now, timeZone).slice(0, 10);
  return { from: today, to: addDaysLocal(today, maxDaysBefore + 1) };
}

/** The Monday of the ISO week holding `date` (a local YYYY-MM-DD). */
const mondayOf = (date: string) => addDaysLocal(date, 1 - isoWeekdayOf(date));

/** The weekly digest due now, if any: its Monday's date (the key of that week's digest) and its instant. */
export function digestDue(now: number, timeZone: string): { week: string; dueAt: number } | null {
  const monday = mondayOf(instantToLocal(now, timeZone).slice(0, 10));
  const dueAt = localInstant(monday, DIGEST_LOCAL_TIME, timeZone);
  return isDue(dueAt, now, DIGEST_GRACE_MS) ? { week: monday, dueAt } : null;
}

export type RosterMailKind = "notice" | "last_day" | "undecided";

/** A roster mail due now: about which term, which of the three, and a key unique to that one mail. */
export interface RosterMailDue {
  kind: RosterMailKind;
  term: TermRecord;
  /** The term's last day (YYYY-MM-DD). */
  lastDay: string;
  /** The local date the mail is for (for the undecided reminder: which week). */
  date: string;
  key: string;
}

/**
 * Roster mails due at `now` for one seat's terms (issue 15, part 4):
 * - notice: ROSTER_NOTICE_DAYS before the last day of the term that governs the seat, unless a follow-up term is recorded;
 * - last_day: on the last day itself, likewise;
 * - undecided: once the term has ended without a decision (no follow-up term, no departure), every week
 *   on the weekday it ended, until it is decided.
 * A term that ended early is a decision (a departure) and gets none of these.
 */
export function rosterMailsDue(seatTerms: TermRecord[], now: number, timeZone: string): RosterMailDue[] {
  const today = instantToLocal(now, timeZone).slice(0, 10);
  const term = governingTerm(seatTerms, today);
  if (!term || term.endedEarlyOn !== null || successorOf(seatTerms, term)) return [];
  const lastDay = lastDayOf(term);
  const due: RosterMailDue[] = [];
  const consider = (kind: RosterMailKind, date: string) => {
    if (isDue(localInstant(date, ROSTER_LOCAL_TIME, timeZone), now, ROSTER_GRACE_MS)) due.push({ kind, term, lastDay, date, key: `roster_term:${kind}:${term.id}:${date}` });
  };
  consider("notice", addDaysLocal(lastDay, -ROSTER_NOTICE_DAYS));
  consider("last_day", lastDay);
  const daysSince = daysBetweenLocal(lastDay, today);
  if (daysSince >= 7) {
    // This week's reminder, or last week's while this week's hour has not come yet (grace covers it).
    const weeks = Math.floor(daysSince / 7);
    for (const week of [weeks, weeks - 1]) if (week >= 1) consider("undecided", addDaysLocal(lastDay, 7 * week));
  }
  return due.filter((mail, index) => due.findIndex((other) => other.kind === mail.kind) === index);
}
