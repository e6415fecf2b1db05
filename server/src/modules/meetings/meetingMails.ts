import type { AgendaChanges, AgendaItemField, SentAgenda, SentAgendaItem } from "@afdelingsplanner/shared";
import type { Database, Db } from "../../db/client.ts";
import { loadSeriesForWindow } from "../calendar/index.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { enqueueMails, layoutMail, type MailLocale, type OutgoingMail } from "../notifications/index.ts";
import type { Meeting } from "./meeting.ts";

/*
 * The meeting's own mails (issue 15): the agenda ("Agenda versturen") and, on closing, the minutes and
 * decisions. Both go to members by person (kind agenda / minutes), so each member's preferences and
 * unsubscribe link apply (the outbox does that).
 */

export interface MailRecipient {
  personId: string;
  name: string;
  email: string;
  locale: MailLocale;
}

/** The active members among `personIds` who have an email address, with the language of their account. */
export async function mailRecipients(db: Db, branchId: string, personIds: Iterable<string>): Promise<MailRecipient[]> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return [];
  const people = await db.person.findMany({
    where: { branchId, id: { in: ids }, active: true, erasedAt: null, email: { not: null } },
    select: { id: true, name: true, email: true, user: { select: { locale: true } } },
    orderBy: { name: "asc" },
  });
  return people.flatMap((person) => (person.email ? [{ personId: person.id, name: person.name, email: person.email, locale: person.user?.locale === "en" ? ("en" as const) : ("nl" as const) }] : []));
}

/** The body's members for this meeting: the board, the working group, or every member (attendeesOf), plus the series' extra attendees. */
export async function bodyMemberIds(db: Database, meeting: Meeting): Promise<ReadonlySet<string>> {
  const series = await loadSeriesForWindow(db, meeting.series.branchId, { from: meeting.date, to: meeting.date }, { withAttendees: true });
  return series.find((one) => one.id === meeting.series.id)?.attendees ?? new Set<string>();
}

/** The page of one meeting, for the mails' button. */
export const meetingUrl = (publicUrl: string, slug: string, meeting: Pick<Meeting, "series" | "date">) => `${publicUrl}/a/${slug}/vergadering/${meeting.series.id}/${meeting.date}`;

/** "dinsdag 1 december 2026" / "Tuesday 1 December 2026", from a local date (no time zone involved). */
export const longDate = (locale: MailLocale, isoDate: string) =>
  new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));

/** "dinsdag 1 december 2026, 19:30–21:30": the (possibly moved) local time of the meeting. */
export const whenOf = (locale: MailLocale, meeting: Pick<Meeting, "occurrence">) =>
  `${longDate(locale, meeting.occurrence.startLocal.slice(0, 10))}, ${meeting.occurrence.startLocal.slice(11, 16)}–${meeting.occurrence.endLocal.slice(11, 16)}`;

/** Where: the place, or the online link, as the series or its exception says. */
export function whereOf(locale: MailLocale, occurrence: Meeting["occurrence"]): string {
  const place = occurrence.location.trim() || (locale === "nl" ? "nog niet bekend" : "not known yet");
  const words = {
    nl: { in_person: `Locatie: ${place}`, online: `Online: ${place}`, hybrid: `Locatie: ${place} (ook online te volgen)` },
    en: { in_person: `Location: ${place}`, online: `Online: ${place}`, hybrid: `Location: ${place} (also online)` },
  };
  return words[locale][occurrence.mode];
}

// ---------------------------------------------------------------------------
// The agenda

const FIELD_WORDS: Record<MailLocale, Record<AgendaItemField, string>> = {
  nl: { title: "titel", owner: "trekker", estimatedMinutes: "tijd", links: "documenten" },
  en: { title: "title", owner: "owner", estimatedMinutes: "time", links: "documents" },
};

function itemLines(locale: MailLocale, items: readonly SentAgendaItem[]): string {
  if (items.length === 0) return locale === "nl" ? "Er staan nog geen punten op de agenda." : "There are no items on the agenda yet.";
  return items
    .map((item, index) => {
      const meta = [item.owner, `${item.estimatedMinutes} min`];
      if (item.postponedCount > 0) meta.push(locale === "nl" ? `doorgeschoven, ${item.postponedCount} keer uitgesteld` : `carried over, postponed ${item.postponedCount} time${item.postponedCount === 1 ? "" : "s"}`);
      const lines = [`${index + 1}. ${item.title} (${meta.filter(Boolean).join(", ")})`];
      if (item.links.length > 0) lines.push(`   ${locale === "nl" ? "Documenten" : "Documents"}: ${item.links.join(" ")}`);
      return lines.join("\n");
    })
    .join("\n");
}

function changeLines(locale: MailLocale, changes: AgendaChanges): string {
  const nl = locale === "nl";
  const lines = [
    ...changes.added.map((item) => `${nl ? "Nieuw" : "Added"}: ${item.title}`),
    ...changes.removed.map((item) => `${nl ? "Vervallen" : "Removed"}: ${item.title}`),
    ...changes.changed.map(({ item, fields }) => `${nl ? "Gewijzigd" : "Changed"}: ${item.title} (${fields.map((field) => FIELD_WORDS[locale][field]).join(", ")})`),
    ...(changes.timeChanged ? [nl ? "De tijd van de vergadering is veranderd." : "The time of the meeting has changed."] : []),
    ...(changes.locationChanged ? [nl ? "De locatie is veranderd." : "The location has changed."] : []),
  ];
  if (lines.length === 0) return nl ? "Er is niets veranderd sinds de vorige keer." : "Nothing has changed since last time.";
  return `${nl ? "Wat er veranderd is" : "What has changed"}:\n${lines.map((line) => `- ${line}`).join("\n")}`;
}

export interface AgendaMailInput {
  branch: { id: string; slug: string; name: string };
  meeting: Meeting;
  agenda: SentAgenda;
  /** The changes since the previous send, with when that was; null for the first send. */
  previous: { sentAt: Date; changes: AgendaChanges } | null;
  publicUrl: string;
}

export function agendaMail(recipient: MailRecipient, input: AgendaMailInput): OutgoingMail {
  const { locale } = recipient;
  const { meeting, previous } = input;
  const nl = locale === "nl";
  const title = meeting.series.title;
  const day = longDate(locale, meeting.date);
  const subject = previous ? (nl ? `Gewijzigde agenda: ${title}, ${day}` : `Updated agenda: ${title}, ${day}`) : nl ? `Agenda: ${title}, ${day}` : `Agenda: ${title}, ${day}`;
  const intro = previous
    ? nl
      ? `De agenda voor ${title} is bijgewerkt sinds we hem op ${longDate(locale, previous.sentAt.toISOString().slice(0, 10))} stuurden.`
      : `The agenda for ${title} has been updated since we sent it on ${longDate(locale, previous.sentAt.toISOString().slice(0, 10))}.`
    : nl
      ? `Hierbij de agenda voor ${title}.`
      : `Here is the agenda for ${title}.`;
  const paragraphs = [
    intro,
    ...(previous ? [changeLines(locale, previous.changes)] : []),
    `${nl ? "Wanneer" : "When"}: ${whenOf(locale, meeting)}\n${whereOf(locale, meeting.occurrence)}`,
    `${nl ? "Agenda" : "Agenda"}:\n${itemLines(locale, input.agenda.items)}`,
  ];
  const url = meetingUrl(input.publicUrl, input.branch.slug, meeting);
  const content = layoutMail(locale, { subject, greeting: nl ? `Hoi ${recipient.name},` : `Hi ${recipient.name},`, paragraphs, action: { label: nl ? "Agenda bekijken" : "View the agenda", url } });
  return { branchId: input.branch.id, to: recipient.email, locale, kind: "agenda", personId: recipient.personId, ...content };
}

// ---------------------------------------------------------------------------
// Minutes and decisions, when the meeting is closed

export interface MinutesMailInput {
  branch: { id: string; slug: string; name: string };
  meeting: Meeting;
  items: readonly { title: string; minutes: string }[];
  decisions: readonly string[];
  /** Where the unhandled items went, if any. */
  carriedTo: { date: string; count: number } | null;
  publicUrl: string;
}

export function minutesMail(recipient: MailRecipient, input: MinutesMailInput): OutgoingMail {
  const { locale } = recipient;
  const nl = locale === "nl";
  const { meeting } = input;
  const day = longDate(locale, meeting.date);
  const subject = nl ? `Notulen en besluiten: ${meeting.series.title}, ${day}` : `Minutes and decisions: ${meeting.series.title}, ${day}`;
  const noMinutes = nl ? "(geen notulen)" : "(no minutes)";
  const minutes = input.items.length === 0 ? (nl ? "Er stonden geen punten op de agenda." : "There were no items on the agenda.") : input.items.map((item, index) => `${index + 1}. ${item.title}\n   ${item.minutes.trim() || noMinutes}`).join("\n");
  const decisions = input.decisions.length === 0 ? (nl ? "Er zijn geen besluiten genomen." : "No decisions were taken.") : input.decisions.map((text) => `- ${text}`).join("\n");
  const paragraphs = [
    nl ? `De vergadering van ${meeting.series.title} op ${day} is gesloten. Hieronder de notulen en de besluitenlijst.` : `The meeting of ${meeting.series.title} on ${day} has been closed. Below are the minutes and the decisions.`,
    `${nl ? "Notulen" : "Minutes"}:\n${minutes}`,
    `${nl ? "Besluiten" : "Decisions"}:\n${decisions}`,
    ...(input.carriedTo
      ? [nl ? `${input.carriedTo.count} onafgehandeld(e) punt(en) gaan mee naar de vergadering van ${longDate(locale, input.carriedTo.date)}.` : `${input.carriedTo.count} unhandled item(s) move to the meeting of ${longDate(locale, input.carriedTo.date)}.`]
      : []),
  ];
  const url = meetingUrl(input.publicUrl, input.branch.slug, meeting);
  const content = layoutMail(locale, { subject, greeting: nl ? `Hoi ${recipient.name},` : `Hi ${recipient.name},`, paragraphs, action: { label: nl ? "Vergadering bekijken" : "View the meeting", url } });
  return { branchId: input.branch.id, to: recipient.email, locale, kind: "minutes", personId: recipient.personId, ...content };
}

/** Who gets the minutes: the body's members and everyone recorded present (an extra guest member, say). */
export async function minutesRecipients(db: Database, meeting: Meeting): Promise<MailRecipient[]> {
  const [members, present] = await Promise.all([
    bodyMemberIds(db, meeting),
    db.meetingAttendance.findMany({ where: { branchId: meeting.series.branchId, seriesId: meeting.series.id, date: fromIsoDate(meeting.date), presence: "present" }, select: { personId: true } }),
  ]);
  return mailRecipients(db, meeting.series.branchId, [...members, ...present.map((row) => row.personId)]);
}

/**
 * The minutes and decisions mail to each recipient, enqueued in the close's own transaction (read there, after
 * the carry-over, so the mail shows the meeting as it was closed).
 */
export async function enqueueMinutesMails(
  tx: Db,
  input: Omit<MinutesMailInput, "items" | "decisions"> & { recipients: readonly MailRecipient[] },
): Promise<void> {
  if (input.recipients.length === 0) return;
  const occurrence = { branchId: input.meeting.series.branchId, seriesId: input.meeting.series.id, date: fromIsoDate(input.meeting.date) };
  const [items, decisions] = await Promise.all([
    tx.agendaItem.findMany({ where: { ...occurrence, status: { in: ["open", "handled", "postponed", "referred"] } }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { title: true, minutes: true } }),
    tx.decision.findMany({ where: occurrence, orderBy: { createdAt: "asc" }, select: { text: true } }),
  ]);
  const mailInput = { ...input, items, decisions: decisions.map((decision) => decision.text) };
  await enqueueMails(
    tx,
    input.recipients.map((recipient) => minutesMail(recipient, mailInput)),
  );
}
