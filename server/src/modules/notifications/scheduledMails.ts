import type { RosterMailKind } from "@afdelingsplanner/shared";
import type { MailLocale } from "./outbox.ts";
import { layoutMail, type MailContent } from "./templates.ts";

/*
 * The words of the scheduled mails (reminders, the action digest, roster mails), Dutch first, with English.
 * Every one ends with where to change what you receive (the Meldingen page).
 */

const longDate = (locale: MailLocale, isoDate: string) =>
  new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));

const settingsLine = (locale: MailLocale, settingsUrl: string) =>
  locale === "nl" ? `Herinneringen en andere mails stel je in op de pagina Meldingen: ${settingsUrl}` : `Choose your reminders and other mail on the Notifications page: ${settingsUrl}`;

export interface MeetingForMail {
  title: string;
  /** Local date and time "YYYY-MM-DDTHH:MM" (after any move). */
  startLocal: string;
  location: string;
  mode: string;
  url: string;
}

const whereOf = (locale: MailLocale, meeting: MeetingForMail) => {
  if (meeting.mode === "online") return "online";
  const place = meeting.location || (locale === "nl" ? "de plek staat nog niet vast" : "the place is not set yet");
  return meeting.mode === "hybrid" ? (locale === "nl" ? `${place} of online` : `${place} or online`) : place;
};

/** The reminder the evening before, or N days before (a branch meeting, a theme evening). */
export function reminderMail(locale: MailLocale, name: string, meeting: MeetingForMail, daysAhead: number, settingsUrl: string): MailContent {
  const date = longDate(locale, meeting.startLocal.slice(0, 10));
  const time = meeting.startLocal.slice(11, 16);
  if (locale === "nl") {
    const when = daysAhead === 1 ? "Morgen" : `Over ${daysAhead} dagen`;
    return layoutMail(locale, {
      subject: `${daysAhead === 1 ? "Morgen" : `Over ${daysAhead} dagen`}: ${meeting.title} om ${time}`,
      greeting: `Hoi ${name},`,
      paragraphs: [`${when} is ${meeting.title}: ${date} om ${time} uur, ${whereOf(locale, meeting)}.`, settingsLine(locale, settingsUrl)],
      action: { label: "Bekijk de vergadering", url: meeting.url },
    });
  }
  const when = daysAhead === 1 ? "Tomorrow" : `In ${daysAhead} days`;
  return layoutMail(locale, {
    subject: `${when}: ${meeting.title} at ${time}`,
    greeting: `Hi ${name},`,
    paragraphs: [`${when}: ${meeting.title}, ${date} at ${time}, ${whereOf(locale, meeting)}.`, settingsLine(locale, settingsUrl)],
    action: { label: "View the meeting", url: meeting.url },
  });
}

export interface OpenAction {
  title: string;
  dueDate: string | null;
  overdue: boolean;
}

/** The Monday digest of a member's open actions. */
export function actionDigestMail(locale: MailLocale, name: string, actions: OpenAction[], actionsUrl: string, settingsUrl: string): MailContent {
  const lines = actions.map((action) => {
    const due = action.dueDate ? (locale === "nl" ? ` (uiterlijk ${longDate(locale, action.dueDate)}${action.overdue ? ", te laat" : ""})` : ` (due ${longDate(locale, action.dueDate)}${action.overdue ? ", overdue" : ""})`) : "";
    return `- ${action.title}${due}`;
  });
  const nl = locale === "nl";
  const count = actions.length;
  return layoutMail(locale, {
    subject: nl ? `Je open acties deze week (${count})` : `Your open actions this week (${count})`,
    greeting: nl ? `Hoi ${name},` : `Hi ${name},`,
    paragraphs: [nl ? (count === 1 ? "Deze actie staat nog open op jouw naam:" : `Deze ${count} acties staan nog open op jouw naam:`) : `${count === 1 ? "This action is" : `These ${count} actions are`} still open in your name:`, lines.join("\n"), settingsLine(locale, settingsUrl)],
    action: { label: nl ? "Naar de actielijst" : "Open the action list", url: actionsUrl },
  });
}

/** A roster mail to the secretary or the term-holder: what ends when, and what the board must decide. */
export function rosterMail(
  locale: MailLocale,
  recipient: { name: string; isHolder: boolean },
  term: { holderName: string; seatName: string; lastDay: string },
  kind: RosterMailKind,
  rosterUrl: string,
  settingsUrl: string,
): MailContent {
  const date = longDate(locale, term.lastDay);
  const nl = locale === "nl";
  const whose = recipient.isHolder ? (nl ? "Jouw termijn" : "Your term") : nl ? `De termijn van ${term.holderName}` : `${term.holderName}'s term`;
  const decide = nl
    ? "Te besluiten: herbenoemen (herkiesbaar?), vertrek vastleggen, of een tussentijdse opvolger benoemen."
    : "To decide: reappoint (standing again?), record the departure, or appoint an interim successor.";
  const subject = {
    notice: nl ? `${whose} als ${term.seatName} eindigt op ${date}` : `${whose} as ${term.seatName} ends on ${date}`,
    last_day: nl ? `${whose} als ${term.seatName} eindigt vandaag` : `${whose} as ${term.seatName} ends today`,
    undecided: nl ? `Nog geen besluit: ${term.holderName} (${term.seatName})` : `No decision yet: ${term.holderName} (${term.seatName})`,
  }[kind];
  const first = {
    notice: nl ? `${whose} als ${term.seatName} eindigt over 60 dagen, op ${date}.` : `${whose} as ${term.seatName} ends in 60 days, on ${date}.`,
    last_day: nl ? `${whose} als ${term.seatName} eindigt vandaag, ${date}.` : `${whose} as ${term.seatName} ends today, ${date}.`,
    undecided: nl
      ? `De termijn van ${term.holderName} als ${term.seatName} is op ${date} afgelopen, en er is nog niets besloten. Je krijgt deze herinnering elke week tot het besluit in het rooster staat.`
      : `${term.holderName}'s term as ${term.seatName} ended on ${date}, and nothing has been decided yet. You get this reminder every week until the decision is on the roster.`,
  }[kind];
  return layoutMail(locale, {
    subject,
    greeting: nl ? `Hoi ${recipient.name},` : `Hi ${recipient.name},`,
    paragraphs: [first, decide, settingsLine(locale, settingsUrl)],
    action: { label: nl ? "Naar het rooster van aftreden" : "Open the retirement roster", url: rosterUrl },
  });
}
