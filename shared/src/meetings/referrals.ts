/**
 * Referral (doorverwijzing) of an item between bodies: a working group sends it to the board or the branch
 * meeting, and they send items back to a working group. The item's history is its chain of rows.
 */
import type { MeetingKind } from "../schemas/calendar.ts";

const GOVERNING: readonly MeetingKind[] = ["board", "branch_meeting"];

/** Why an item cannot be referred between these bodies, or null when it can. */
export function referralProblem(from: { kind: MeetingKind; seriesId: string }, to: { kind: MeetingKind; seriesId: string }): string | null {
  if (from.seriesId === to.seriesId) return "An item cannot be referred to its own series; postpone it instead.";
  const fromGroup = from.kind === "working_group";
  const toGroup = to.kind === "working_group";
  if (fromGroup && GOVERNING.includes(to.kind)) return null;
  if (GOVERNING.includes(from.kind) && toGroup) return null;
  return "Items are referred from a working group to the board or the branch meeting, or from those to a working group; pick such a meeting.";
}

export type HistoryStepKind = "created" | "carried_over" | "referred";

export interface ChainItem {
  id: string;
  previousItemId: string | null;
  origin: string;
  seriesId: string;
  date: string;
  status: string;
  postponedCount: number;
  referralNote: string;
}

export interface HistoryStep extends ChainItem {
  how: HistoryStepKind;
  /** For a referral: the series it came from. */
  fromSeriesId: string | null;
}

/**
 * The chain of rows that share a root, from the first to the last, each with how it got there.
 * Rows are linked by previousItemId; rows whose predecessor is missing (deleted) start a new segment.
 */
export function itemHistory(items: ChainItem[]): HistoryStep[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const nextOf = new Map<string, ChainItem[]>();
  for (const item of items) {
    if (item.previousItemId && byId.has(item.previousItemId)) nextOf.set(item.previousItemId, [...(nextOf.get(item.previousItemId) ?? []), item]);
  }
  const starts = items.filter((item) => !item.previousItemId || !byId.has(item.previousItemId)).sort(byDate);
  const steps: HistoryStep[] = [];
  const visit = (item: ChainItem) => {
    const previous = item.previousItemId ? byId.get(item.previousItemId) : undefined;
    const how: HistoryStepKind = item.origin === "carried_over" ? "carried_over" : item.origin === "referred" ? "referred" : "created";
    steps.push({ ...item, how, fromSeriesId: how === "referred" && previous ? previous.seriesId : null });
    for (const next of (nextOf.get(item.id) ?? []).sort(byDate)) visit(next);
  };
  for (const start of starts) visit(start);
  return steps;
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The bodies an item passed through by referral, in order: "where has this been". */
export const referralHops = (steps: HistoryStep[]) =>
  steps.filter((step) => step.how === "referred" && step.fromSeriesId).map((step) => ({ from: step.fromSeriesId as string, to: step.seriesId, date: step.date, note: step.referralNote }));
