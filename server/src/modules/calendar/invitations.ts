import { addMonths, format } from "date-fns";
import { enGB, nl } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";
import { attendeesOf, occurrencesInWindow, type ScheduledOccurrence } from "@afdelingsplanner/shared";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../lib/errors.ts";
// Types only: the outbox itself comes in the context (InvitationContext.outbox), since the notifications module
// reads the calendar (its reminders) and the two may not import each other.
import type { MailLocale, OutgoingMail } from "../notifications/index.ts";
import type { ModuleOptions } from "../moduleOptions.ts";
import { branchOrganizer, feedUid, itipCalendar, type ItipEvent } from "./itip.ts";
import { exceptionInput, scheduleOf } from "./mapping.ts";
import { loadBranchRoster } from "./roster.ts";

/*
 * Calendar invitations (issue 15, RFC 5546) for the meetings of a series, enqueued in the transaction of the
 * change that causes them, one mail per attendee and message:
 * - a new or changed series: METHOD:REQUEST with every occurrence from now to INVITATION_MONTHS ahead (at most
 *   MAX_EVENTS), one VEVENT per occurrence; occurrences the change took away (another weekday, an earlier end)
 *   go out as a second mail, METHOD:CANCEL. Attendees whose meetings did not change get nothing; someone who
 *   no longer attends gets the CANCEL of all of them, someone new the REQUEST.
 * - one occurrence cancelled: METHOD:CANCEL for its UID; moved, changed, or put back: METHOD:REQUEST for its UID.
 * - a series deleted: METHOD:CANCEL for each of its coming occurrences.
 *
 * UIDs are the personal feed's (feedUid: series and planned date), so mail and feed never duplicate a meeting.
 * SEQUENCE is the series' calendarSequence, raised (in the same transaction, under the row's lock) on every
 * change to the series or one of its occurrences and never lowered: each update outranks every earlier message
 * for the same UID, also after an undo (an exception's own version starts again at 1 when it is made anew).
 *
 * No RECURRENCE-ID. RFC 5546 §3.2.2 uses RECURRENCE-ID to update one instance of a recurring event, i.e. a
 * UID whose master has an RRULE. Ours never do: the feed writes each occurrence as its own non-recurring
 * VEVENT (clients handle the planner's odd/even-week rules badly), so one occurrence IS one UID, and the
 * update for one occurrence is a REQUEST for that UID alone, with a higher SEQUENCE. A RECURRENCE-ID there
 * would point at an instance of a master that does not exist; clients then file the message as a second,
 * orphaned event beside the first, the duplicate the issue forbids. itipCalendar still takes recurrenceId
 * for a caller whose events do recur.
 */

/** How far ahead a series' invitation reaches: the personal feed's forward window. */
export const INVITATION_MONTHS = 12;
/** At most this many meetings in one message (a weekly series over a year is 53). */
export const MAX_EVENTS = 60;

const MODE_LABEL = { in_person: "Fysiek", online: "Online", hybrid: "Hybride" } as const;

export interface InvitationContext {
  branch: { id: string; name: string; timeZone: string };
  /** MAIL_FROM: the ORGANIZER's address. */
  mailFrom: string;
  now: Date;
  outbox: ModuleOptions["outbox"];
}

interface Snapshot {
  title: string;
  attendees: ReadonlySet<string>;
  /** The coming occurrences by planned date (the UID's key); cancelled ones included, with their status. */
  occurrences: ReadonlyMap<string, ScheduledOccurrence>;
  description: string;
}

/** The series as the calendar shows it now (inside the caller's transaction): who attends and its coming meetings. */
export async function calendarSnapshot(tx: Db, context: InvitationContext, seriesId: string): Promise<Snapshot | null> {
  const { branch, now } = context;
  const row = await tx.meetingSeries.findFirst({ where: { id: seriesId, branchId: branch.id }, include: { attendees: { select: { personId: true } }, exceptions: true } });
  if (!row) return null;
  const roster = await loadBranchRoster(tx, branch.id);
  const attendees = attendeesOf({ kind: row.kind, workingGroupId: row.workingGroupId, extraAttendeeIds: row.attendees.map((a) => a.personId) }, roster);
  const today = new TZDate(now.getTime(), branch.timeZone);
  const window = { from: format(today, "yyyy-MM-dd"), to: format(addMonths(today, INVITATION_MONTHS), "yyyy-MM-dd") };
  const expansion = { id: row.id, schedule: scheduleOf(row), location: row.location, mode: row.mode, exceptions: row.exceptions.map(exceptionInput) };
  const occurrences = new Map<string, ScheduledOccurrence>();
  for (const { occurrence } of occurrencesInWindow([expansion], window, branch.timeZone)) {
    if (occurrence.endsAt <= now.getTime()) continue;
    if (occurrences.size >= MAX_EVENTS) break;
    occurrences.set(occurrence.date, occurrence);
  }
  return { title: row.title, attendees, occurrences, description: row.description };
}

/**
 * Raises the series' SEQUENCE and returns the new one. The update locks the series' row until the caller's
 * transaction ends, so concurrent changes to one series take their numbers one after the other.
 */
export async function nextSequence(tx: Db, seriesId: string): Promise<number> {
  const [row] = await tx.meetingSeries.updateManyAndReturn({ where: { id: seriesId }, data: { calendarSequence: { increment: 1 } }, select: { calendarSequence: true } });
  if (!row) throw notFound("Meeting series");
  return row.calendarSequence;
}

type Change = { kind: "series" } | { kind: "occurrence"; date: string };

/**
 * Enqueues the REQUEST and CANCEL mails that take every attendee from `before` to `after` (null: the series
 * did not exist, or no longer does). For an occurrence change only that date is looked at.
 */
export async function enqueueCalendarChanges(tx: Db, context: InvitationContext, seriesId: string, before: Snapshot | null, after: Snapshot | null, sequence: number, change: Change = { kind: "series" }): Promise<number> {
  const only = (snapshot: Snapshot | null, personId: string) => {
    if (!snapshot || !snapshot.attendees.has(personId)) return new Map<string, ScheduledOccurrence>();
    const entries = [...snapshot.occurrences].filter(([date, occurrence]) => occurrence.status !== "cancelled" && (change.kind === "series" || date === change.date));
    return new Map(entries);
  };
  const personIds = [...new Set([...(before?.attendees ?? []), ...(after?.attendees ?? [])])];
  if (personIds.length === 0) return 0;
  const people = await tx.person.findMany({
    where: { branchId: context.branch.id, id: { in: personIds }, active: true, erasedAt: null },
    select: { id: true, name: true, email: true, user: { select: { email: true, locale: true } } },
  });
  const mails: OutgoingMail[] = [];
  for (const person of people) {
    const to = person.email ?? person.user?.email;
    if (!to) continue;
    const locale: MailLocale = person.user?.locale === "en" ? "en" : "nl";
    const had = only(before, person.id);
    const has = only(after, person.id);
    const snapshotAfter = after ?? before;
    if (!snapshotAfter) continue;
    const key = (occurrence: ScheduledOccurrence, snapshot: Snapshot) => JSON.stringify(eventOf(context, snapshot, occurrence, seriesId, 0));
    // A REQUEST only when something this person sees changed (or they are new to it), with every current meeting.
    const changed = [...has].some(([date, occurrence]) => {
      const previous = had.get(date);
      return !previous || !before || key(previous, before) !== key(occurrence, snapshotAfter);
    });
    const gone = [...had].filter(([date]) => !has.has(date)).map(([, occurrence]) => occurrence);
    const recipient = { person: { id: person.id, name: person.name, email: to }, locale };
    if (after && has.size > 0 && (changed || change.kind === "occurrence")) {
      mails.push(invitationMail(context, recipient, "REQUEST", [...has.values()].map((occurrence) => eventOf(context, after, occurrence, seriesId, sequence)), after.title, had.size > 0 ? "update" : "new", seriesId, sequence));
    }
    if (before && gone.length > 0) {
      mails.push(invitationMail(context, recipient, "CANCEL", gone.map((occurrence) => eventOf(context, before, occurrence, seriesId, sequence)), before.title, "cancel", seriesId, sequence));
    }
  }
  return context.outbox.enqueueMails(tx, mails);
}

function eventOf(context: InvitationContext, snapshot: Snapshot, occurrence: ScheduledOccurrence, seriesId: string, sequence: number): ItipEvent {
  // The same summary, description and location as the personal feed writes for this UID (feeds.ts).
  const details = [MODE_LABEL[occurrence.mode], occurrence.reason, snapshot.description].filter(Boolean).join("\n");
  return {
    uid: feedUid(seriesId, occurrence.date),
    start: new Date(occurrence.startsAt),
    end: new Date(occurrence.endsAt),
    summary: `${snapshot.title} · ${context.branch.name}`,
    description: details || null,
    location: occurrence.location || null,
    sequence,
  };
}

type Kind = "new" | "update" | "cancel";

const SHOWN_DATES = 8;

const WORDS: Record<MailLocale, { subject: Record<Kind, (title: string, when: string) => string>; lead: Record<Kind, (title: string, branch: string) => string>; more: (n: number) => string; buttons: string; greeting: (name: string) => string }> = {
  nl: {
    subject: { new: (title, when) => `Uitnodiging: ${title}${when}`, update: (title, when) => `Gewijzigd: ${title}${when}`, cancel: (title, when) => `Afgezegd: ${title}${when}` },
    lead: {
      new: (title, branch) => `${branch} nodigt je uit voor ${title}:`,
      update: (title, branch) => `${branch} heeft ${title} gewijzigd. Zo staat het nu:`,
      cancel: (title, branch) => `${branch} zegt ${title} af:`,
    },
    more: (n) => `en nog ${n} ${n === 1 ? "keer" : "keren"}.`,
    buttons: "Deze mail is een agenda-uitnodiging: je agenda-app neemt hem over met de knoppen bovenaan, of open de bijlage (.ics). Je persoonlijke agendafeed toont dezelfde afspraken, zonder dubbele.",
    greeting: (name) => `Hoi ${name},`,
  },
  en: {
    subject: { new: (title, when) => `Invitation: ${title}${when}`, update: (title, when) => `Changed: ${title}${when}`, cancel: (title, when) => `Cancelled: ${title}${when}` },
    lead: {
      new: (title, branch) => `${branch} invites you to ${title}:`,
      update: (title, branch) => `${branch} has changed ${title}. This is how it stands now:`,
      cancel: (title, branch) => `${branch} has cancelled ${title}:`,
    },
    more: (n) => `and ${n} more ${n === 1 ? "time" : "times"}.`,
    buttons: "This mail is a calendar invitation: your calendar app takes it over with the buttons at the top, or open the attachment (.ics). Your personal calendar feed shows the same meetings, without duplicates.",
    greeting: (name) => `Hi ${name},`,
  },
};

function whenOf(event: ItipEvent, locale: MailLocale, timeZone: string): string {
  const start = new TZDate(event.start.getTime(), timeZone);
  const end = new TZDate(event.end.getTime(), timeZone);
  const dateLocale = locale === "nl" ? nl : enGB;
  const line = `${format(start, "EEEE d MMMM yyyy, HH:mm", { locale: dateLocale })}–${format(end, "HH:mm", { locale: dateLocale })}`;
  return event.location ? `${line}, ${event.location}` : line;
}

function invitationMail(
  context: InvitationContext,
  recipient: { person: { id: string; name: string; email: string }; locale: MailLocale },
  method: "REQUEST" | "CANCEL",
  events: ItipEvent[],
  title: string,
  kind: Kind,
  seriesId: string,
  sequence: number,
): OutgoingMail {
  const { locale, person } = recipient;
  const words = WORDS[locale];
  const sorted = [...events].sort((a, b) => a.start.getTime() - b.start.getTime());
  const lines = sorted.slice(0, SHOWN_DATES).map((event) => `• ${whenOf(event, locale, context.branch.timeZone)}`);
  if (sorted.length > SHOWN_DATES) lines.push(words.more(sorted.length - SHOWN_DATES));
  const firstDay = sorted[0] ? format(new TZDate(sorted[0].start.getTime(), context.branch.timeZone), "d MMMM", { locale: locale === "nl" ? nl : enGB }) : "";
  const when = sorted.length === 1 ? (locale === "nl" ? ` op ${firstDay}` : ` on ${firstDay}`) : "";
  const content = context.outbox.layoutMail(locale, {
    subject: words.subject[kind](title, when),
    greeting: words.greeting(person.name),
    // One paragraph per meeting: the HTML part would run lines of one paragraph together.
    paragraphs: [words.lead[kind](title, context.branch.name), ...lines, ...(method === "REQUEST" ? [words.buttons] : [])],
  });
  const organizer = branchOrganizer(context.branch.name, context.mailFrom);
  const body = itipCalendar({ method, organizer, attendee: { name: person.name, email: person.email }, events: sorted, stamp: context.now, name: title });
  return {
    branchId: context.branch.id,
    to: person.email,
    locale,
    kind: "meeting_invitation",
    personId: person.id,
    subject: content.subject,
    text: content.text,
    html: content.html,
    calendar: { method, body },
    // One message per series, change and method for each person, even if a retry ran the change's transaction twice.
    dedupeKey: `meeting_invitation:${seriesId}:${sequence}:${method}:${person.id}`,
  };
}
