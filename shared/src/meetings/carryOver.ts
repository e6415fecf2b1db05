/**
 * Where unhandled agenda items go when a meeting closes: the next occurrence of the same series that is
 * not cancelled. Uses the calendar's own expansion and exceptions, so "next" means what the agenda shows.
 */
import { addDaysLocal } from "../calendar/localTime.ts";
import { applyExceptions, type ExceptionInput } from "../calendar/occurrences.ts";
import { expandSchedule, type Schedule } from "../calendar/schedule.ts";
import type { AgendaItemStatus } from "../schemas/meetings.ts";
import type { MeetingMode } from "../schemas/calendar.ts";

/** Far enough for any real rhythm (a yearly meeting), bounded so a finished series answers quickly. */
export const CARRY_OVER_HORIZON_DAYS = 400;

export interface SeriesSchedule {
  schedule: Schedule;
  exceptions: ExceptionInput[];
  location: string;
  mode: MeetingMode;
}

/**
 * The planned date of the first occurrence after `afterDate` that is not cancelled, or null when the series
 * has none within the horizon (it ended). Ordered by planned date, the key items are stored under.
 */
export function nextOccurrenceDate(series: SeriesSchedule, afterDate: string, timeZone: string): string | null {
  const window = { from: addDaysLocal(afterDate, 1), to: addDaysLocal(afterDate, CARRY_OVER_HORIZON_DAYS) };
  const expanded = expandSchedule(series.schedule, window, timeZone);
  const occurrences = applyExceptions(expanded, series.exceptions, { location: series.location, mode: series.mode }, timeZone);
  const dates = occurrences.filter((occurrence) => occurrence.status !== "cancelled").map((occurrence) => occurrence.date);
  return dates.sort()[0] ?? null;
}

export type CarryStatus = AgendaItemStatus;

/** Items still to be dealt with move on when a meeting closes; handled, referred and declined ones stay. */
export const isUnhandled = (status: CarryStatus) => status === "open" || status === "postponed" || status === "proposed";

/** Items postponed this often are flagged: they are the ones that delay action (the plan's lesson 2). */
export const OFTEN_POSTPONED = 2;
export const isOftenPostponed = (postponedCount: number) => postponedCount >= OFTEN_POSTPONED;

export interface CarryPlan {
  /** The item's new postponement count on the next meeting. */
  postponedCount: number;
  /** What the item on the closed meeting becomes. */
  leftBehindAs: CarryStatus;
}

/**
 * How one unhandled item is carried: an item that was on the agenda counts a postponement; a proposal that
 * nobody accepted yet moves along as a proposal, uncounted, since it was never on the agenda.
 */
export function carryPlan(item: { status: CarryStatus; postponedCount: number }): CarryPlan {
  if (item.status === "proposed") return { postponedCount: item.postponedCount, leftBehindAs: "proposed" };
  return { postponedCount: item.postponedCount + 1, leftBehindAs: "postponed" };
}
