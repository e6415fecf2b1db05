import type { MailLocale } from "./outbox.ts";

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/**
 * A mail in the app's one layout, as plain text and as HTML: a greeting, paragraphs, an optional button
 * with its link (also written out, for mail clients without HTML) and a closing line. Every value is
 * escaped for the HTML part. Each module writes its own mails' words, in Dutch and English.
 */
export function layoutMail(
  locale: MailLocale,
  parts: { subject: string; greeting: string; paragraphs: string[]; action?: { label: string; url: string }; closing?: string },
): MailContent {
  const closing = parts.closing ?? (locale === "nl" ? "Groet,\nAfdelingsplanner" : "Kind regards,\nAfdelingsplanner");
  const text = [parts.greeting, ...parts.paragraphs, ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`] : []), closing].join("\n\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a">`,
    `<p>${escapeHtml(parts.greeting)}</p>`,
    // A paragraph may hold a list, one line each (an agenda, a change list).
    ...parts.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`),
    ...(parts.action
      ? [
          `<p><a href="${escapeHtml(parts.action.url)}" style="display: inline-block; padding: 0.6em 1.2em; background: #5b2a86; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(parts.action.label)}</a></p>`,
          `<p style="font-size: 0.9em">${escapeHtml(parts.action.url)}</p>`,
        ]
      : []),
    `<p>${escapeHtml(closing).replace(/\n/g, "<br>")}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: parts.subject, text, html };
}
