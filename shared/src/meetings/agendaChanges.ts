/** What an agenda mail says about one item; stored with each send, so the next send can tell what changed. */
export interface SentAgendaItem {
  id: string;
  title: string;
  owner: string | null;
  estimatedMinutes: number;
  links: string[];
  /** How often it was postponed before (carried over from an earlier meeting when above 0). */
  postponedCount: number;
}

/** An agenda as it went out: the time and place, and the items in order. */
export interface SentAgenda {
  start: string;
  end: string;
  location: string;
  items: SentAgendaItem[];
}

export type AgendaItemField = "title" | "owner" | "estimatedMinutes" | "links";

export interface AgendaChanges {
  added: SentAgendaItem[];
  removed: SentAgendaItem[];
  changed: { item: SentAgendaItem; fields: AgendaItemField[] }[];
  /** The meeting itself moved or changed place. */
  timeChanged: boolean;
  locationChanged: boolean;
}

const FIELDS: readonly AgendaItemField[] = ["title", "owner", "estimatedMinutes", "links"];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The difference between the agenda sent before and the one about to go out, item by item (by id). */
export function agendaChanges(previous: SentAgenda, current: SentAgenda): AgendaChanges {
  const before = new Map(previous.items.map((item) => [item.id, item]));
  const now = new Set(current.items.map((item) => item.id));
  const changed: AgendaChanges["changed"] = [];
  for (const item of current.items) {
    const old = before.get(item.id);
    if (!old) continue;
    const fields = FIELDS.filter((field) => !same(old[field], item[field]));
    if (fields.length > 0) changed.push({ item, fields });
  }
  return {
    added: current.items.filter((item) => !before.has(item.id)),
    removed: previous.items.filter((item) => !now.has(item.id)),
    changed,
    timeChanged: previous.start !== current.start || previous.end !== current.end,
    locationChanged: previous.location !== current.location,
  };
}

export const hasAgendaChanges = (changes: AgendaChanges) =>
  changes.added.length + changes.removed.length + changes.changed.length > 0 || changes.timeChanged || changes.locationChanged;
