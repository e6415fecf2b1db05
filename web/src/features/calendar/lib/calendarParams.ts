import type { MeetingKind } from "@afdelingsplanner/shared/schemas";
import { KINDS } from "./kinds.ts";
import { addDays, addMonths, endOfMonth, isDay, startOfIsoWeek, startOfMonth, type Day } from "./dates.ts";

/**
 * The agenda's state lives in the URL, so a view can be shared and the back button works.
 * Names are Dutch, like the paths: ?weergave=week&datum=2026-12-28&soort=board&werkgroep=organizing&mijn=ja
 */
export const AGENDA_VIEWS = ["lijst", "week", "maand"] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

export const LIST_WEEKS = 4;

export interface CalendarParams {
  view: AgendaView;
  /** The day the view is built around; absent in the URL means today. */
  date: Day;
  kind: MeetingKind | null;
  /** Working-group slug (the API takes an id or a slug). */
  workingGroup: string | null;
  mine: boolean;
}

export const PARAM = { view: "weergave", date: "datum", kind: "soort", workingGroup: "werkgroep", mine: "mijn" } as const;

function isView(value: string | null): value is AgendaView {
  return AGENDA_VIEWS.some((view) => view === value);
}

function isKind(value: string | null): value is MeetingKind {
  return KINDS.some((kind) => kind === value);
}

export function readCalendarParams(search: URLSearchParams, today: Day): CalendarParams {
  const view = search.get(PARAM.view);
  const date = search.get(PARAM.date);
  const kind = search.get(PARAM.kind);
  return {
    view: isView(view) ? view : "lijst",
    date: isDay(date) ? date : today,
    kind: isKind(kind) ? kind : null,
    workingGroup: search.get(PARAM.workingGroup) || null,
    mine: search.get(PARAM.mine) === "ja",
  };
}

/** A copy of `search` with `changes` applied; null removes a parameter. */
export function withParams(search: URLSearchParams, changes: Partial<Record<keyof typeof PARAM, string | null>>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes) as [keyof typeof PARAM, string | null][]) {
    if (value === null || value === "") next.delete(PARAM[key]);
    else next.set(PARAM[key], value);
  }
  return next;
}

/** The days a view shows: whole ISO weeks, so every row or section is one labelled week. */
export function rangeOf(view: AgendaView, date: Day): { from: Day; to: Day } {
  if (view === "week") {
    const from = startOfIsoWeek(date);
    return { from, to: addDays(from, 6) };
  }
  if (view === "maand") {
    const from = startOfIsoWeek(startOfMonth(date));
    return { from, to: addDays(startOfIsoWeek(endOfMonth(date)), 6) };
  }
  const from = startOfIsoWeek(date);
  return { from, to: addDays(from, LIST_WEEKS * 7 - 1) };
}

/** The anchor date one period earlier (-1) or later (+1). */
export function shiftDate(view: AgendaView, date: Day, direction: -1 | 1): Day {
  if (view === "maand") return addMonths(date, direction);
  return addDays(startOfIsoWeek(date), direction * 7 * (view === "week" ? 1 : LIST_WEEKS));
}
