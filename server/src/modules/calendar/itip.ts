import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

/*
 * iTIP (RFC 5546) messages that Gmail, Outlook and Apple Mail show with their accept buttons: METHOD in the
 * calendar (and, through the outbox, in the text/calendar part's content type), one VEVENT per UID, DTSTAMP,
 * times in UTC (ical-generator writes a Date without a timezone as …Z), ORGANIZER, and the one recipient as
 * ATTENDEE with RSVP=TRUE. The UIDs are the personal feed's (feedUid), so a mailed invitation and the feed
 * describe the same event and a client that has both never shows it twice.
 */

const PRODUCT = { company: "Afdelingsplanner", product: "Afdelingsplanner", language: "NL" };

/** The UID the personal feed (feeds.ts) gives one occurrence: its series and the date it was planned on, which a move does not change. */
export const feedUid = (seriesId: string, plannedDate: string) => `${seriesId}-${plannedDate}@afdelingsplanner`;

export interface ItipParty {
  name: string;
  email: string;
}

export interface ItipEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  /** Raised on every change of this UID (RFC 5545 §3.8.7.4): a client keeps the copy with the highest. */
  sequence: number;
  /** CANCEL messages need CANCELLED; defaults to CONFIRMED for REQUEST and CANCELLED for CANCEL. */
  status?: "CONFIRMED" | "CANCELLED";
  /**
   * Only for an instance of an event that has an RRULE under the same UID. The planner's events have none
   * (each occurrence is its own UID, see feeds.ts), so its own messages leave this out; see invitations.ts.
   */
  recurrenceId?: Date;
}

export interface ItipInput {
  method: "REQUEST" | "CANCEL";
  organizer: ItipParty;
  attendee: ItipParty;
  events: readonly ItipEvent[];
  /** DTSTAMP: when the message was made (the app clock's now). */
  stamp: Date;
  /** The calendar's name some clients show; optional. */
  name?: string;
}

/** The iCalendar text of one iTIP message for one attendee. */
export function itipCalendar(input: ItipInput): string {
  const calendar = ical({ prodId: PRODUCT, method: input.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST, ...(input.name ? { name: input.name } : {}) });
  const seen = new Set<string>();
  for (const event of input.events) {
    // Exactly one VEVENT per UID: a second one would be read as an override without RECURRENCE-ID, which clients reject.
    if (seen.has(event.uid)) throw new Error(`iTIP message with UID ${event.uid} twice`);
    seen.add(event.uid);
    const status = event.status ?? (input.method === "CANCEL" ? "CANCELLED" : "CONFIRMED");
    calendar.createEvent({
      id: event.uid,
      stamp: input.stamp,
      start: event.start,
      end: event.end,
      summary: event.summary,
      description: event.description || null,
      location: event.location || null,
      sequence: event.sequence,
      status: status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(event.recurrenceId ? { recurrenceId: event.recurrenceId } : {}),
      organizer: { name: input.organizer.name, email: input.organizer.email },
      attendees: [
        {
          name: input.attendee.name,
          email: input.attendee.email,
          role: ICalAttendeeRole.REQ,
          status: ICalAttendeeStatus.NEEDSACTION,
          rsvp: input.method === "REQUEST",
        },
      ],
    });
  }
  return calendar.toString();
}

/** The address in a MAIL_FROM like `BIJ1 Den Haag <secretariaat@example.org>` (or a bare address). */
export function addressOf(mailFrom: string): string {
  const angled = /<([^<>\s]+@[^<>\s]+)>/.exec(mailFrom);
  return (angled?.[1] ?? mailFrom).trim();
}

/** The ORGANIZER of a branch's invitations: the branch by name, at the address the mail comes from (replies go there). */
export const branchOrganizer = (branchName: string, mailFrom: string): ItipParty => ({ name: branchName, email: addressOf(mailFrom) });
