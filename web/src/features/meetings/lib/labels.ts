import type { AgendaItemType, AgendaItemView } from "@afdelingsplanner/shared/schemas";

// Plain lists, not the shared constants: importing those would pull TypeBox into the page chunk.
export const ITEM_TYPES: AgendaItemType[] = ["discussion", "decision", "information"];
export const PRESENCE = ["present", "absent", "excused"] as const;
export type PresenceMark = (typeof PRESENCE)[number];
export const RSVP = ["yes", "no", "maybe"] as const;
export type RsvpAnswer = (typeof RSVP)[number];

/** Items that can still be ticked: on the agenda and not sent elsewhere. */
export const isTickable = (item: AgendaItemView) => item.status === "open" || item.status === "handled" || item.status === "postponed";

/** "dinsdag …" page links: /a/:slug/vergadering/:seriesId/:date */
export const meetingUrl = (slug: string, seriesId: string, date: string) => `/a/${slug}/vergadering/${seriesId}/${date}`;

/** Splits a textarea of links (one per line) into trimmed http(s) links. */
export function parseLinks(text: string): string[] {
  return text
    .split(/\s+/)
    .map((link) => link.trim())
    .filter((link) => link !== "");
}
