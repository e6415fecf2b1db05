import type { OptionalMailKind } from "@afdelingsplanner/shared/schemas";
import type { MailLocale } from "./outbox.ts";

/** What each optional kind of mail is called on the unsubscribe page, as on the Meldingen page. */
const KIND_NAMES: Record<MailLocale, Record<OptionalMailKind, string>> = {
  nl: {
    meeting_invitation: "uitnodigingen voor vergaderingen (agenda-uitnodigingen)",
    reminder_evening: "herinneringen de avond voor een vergadering",
    reminder_days_before: "herinneringen enkele dagen voor een afdelingsbijeenkomst of themabijeenkomst",
    action_digest: "het wekelijkse overzicht van je open acties",
    roster_term: "mails over het rooster van aftreden",
    agenda: "agenda's van vergaderingen",
    minutes: "notulen en besluitenlijsten",
    guest_request: "aanvragen van gasten voor een bestuursvergadering",
  },
  en: {
    meeting_invitation: "meeting invitations (calendar invitations)",
    reminder_evening: "reminders the evening before a meeting",
    reminder_days_before: "reminders a few days before a branch meeting or theme evening",
    action_digest: "the weekly summary of your open actions",
    roster_term: "mails about the retirement roster",
    agenda: "meeting agendas",
    minutes: "minutes and decision lists",
    guest_request: "guests' requests to attend a board meeting",
  },
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);

function page(locale: MailLocale, title: string, body: string): string {
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title></head><body><main>`,
    `<h1>${escapeHtml(title)}</h1>`,
    body,
    "</main></body></html>",
  ].join("\n");
}

/**
 * The page a one-click link opens in a browser (GET): it asks, and its button POSTs the same link with
 * List-Unsubscribe=One-Click, so a mail scanner that follows links never unsubscribes anyone (RFC 8058 §3).
 */
export function confirmPage(locale: MailLocale, kind: OptionalMailKind, branchName: string, action: string): string {
  const nl = locale === "nl";
  const what = KIND_NAMES[locale][kind];
  return page(
    locale,
    nl ? "Afmelden" : "Unsubscribe",
    [
      `<p>${escapeHtml(nl ? `Wil je geen ${what} van ${branchName} meer ontvangen?` : `Stop receiving ${what} from ${branchName}?`)}</p>`,
      `<form method="post" action="${escapeHtml(action)}">`,
      `<input type="hidden" name="List-Unsubscribe" value="One-Click">`,
      `<button type="submit">${nl ? "Afmelden" : "Unsubscribe"}</button>`,
      "</form>",
      `<p>${escapeHtml(nl ? "Andere mails blijven komen. Alles instellen doe je na inloggen op de pagina Meldingen." : "Other mails keep coming. Change all your settings on the Notifications page after logging in.")}</p>`,
    ].join("\n"),
  );
}

/** The answer to the button (a browser's POST): what was turned off, and where to turn it on again. */
export function donePage(locale: MailLocale, kind: OptionalMailKind, branchName: string): string {
  const nl = locale === "nl";
  const what = KIND_NAMES[locale][kind];
  return page(
    locale,
    nl ? "Je bent afgemeld" : "You have unsubscribed",
    `<p>${escapeHtml(nl ? `Je krijgt geen ${what} van ${branchName} meer. Aanzetten kan weer op de pagina Meldingen.` : `You will no longer receive ${what} from ${branchName}. Turn them on again on the Notifications page.`)}</p>`,
  );
}
