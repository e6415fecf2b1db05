import { addDaysLocal, daysBetweenLocal } from "../calendar/localTime.ts";
import { isoWeekKey, parseIsoWeek } from "../calendar/isoWeek.ts";

/**
 * A weekly duty (the plan's social-media rota: who watches and answers which week) that rotates through
 * its members in a stored order. The first member has the anchor week, the next the week after, and so
 * on; a swap is stored as an override for one week, so changing the order later keeps recorded swaps.
 */
export interface RotaDefinition {
  /** ISO week "2026-W36" in which memberIds[0] is on duty. */
  anchorWeek: string;
  memberIds: readonly string[];
  /** Week → the person who does that week instead of the one the rotation names. */
  overrides: ReadonlyMap<string, string>;
}

export interface DutyWeek {
  week: string;
  monday: string;
  sunday: string;
  personId: string | null;
  /** True when an override (a swap) decided this week. */
  swapped: boolean;
}

function mondayOf(week: string): string {
  const range = parseIsoWeek(week);
  if (!range) throw new RangeError(`Not an ISO week: "${week}"`);
  return range.monday;
}

/** The person the rotation itself names for a week, ignoring swaps; null for an empty rota. */
export function rotationPersonFor(rota: Pick<RotaDefinition, "anchorWeek" | "memberIds">, week: string): string | null {
  const count = rota.memberIds.length;
  if (count === 0) return null;
  const offset = daysBetweenLocal(mondayOf(rota.anchorWeek), mondayOf(week)) / 7;
  return rota.memberIds[((offset % count) + count) % count] ?? null;
}

export function dutyFor(rota: RotaDefinition, week: string): DutyWeek {
  const monday = mondayOf(week);
  const override = rota.overrides.get(week);
  return { week, monday, sunday: addDaysLocal(monday, 6), personId: override ?? rotationPersonFor(rota, week), swapped: override !== undefined };
}

/** `count` weeks starting with the week that contains `fromDate` (a local date, usually today). */
export function dutyWeeks(rota: RotaDefinition, fromDate: string, count: number): DutyWeek[] {
  return Array.from({ length: count }, (_, index) => dutyFor(rota, isoWeekKey(addDaysLocal(fromDate, index * 7))));
}

/**
 * The overrides that swap who does two weeks. An override equal to what the rotation says anyway is
 * dropped (`personId: null`), so swapping back leaves no trace but the history the caller keeps.
 */
export function swapWeeks(rota: RotaDefinition, weekA: string, weekB: string): { problems: string[]; changes: { week: string; personId: string | null }[] } {
  if (!parseIsoWeek(weekA) || !parseIsoWeek(weekB)) return { problems: ["Give two ISO weeks that exist, like 2026-W48."], changes: [] };
  if (weekA === weekB) return { problems: ["Pick two different weeks to swap."], changes: [] };
  const a = dutyFor(rota, weekA).personId;
  const b = dutyFor(rota, weekB).personId;
  if (a === null || b === null) return { problems: ["This rota has no members yet; add members before swapping weeks."], changes: [] };
  if (a === b) return { problems: [`The same person is on duty in ${weekA} and ${weekB}; there is nothing to swap.`], changes: [] };
  const change = (week: string, personId: string) => ({ week, personId: rotationPersonFor(rota, week) === personId ? null : personId });
  return { problems: [], changes: [change(weekA, b), change(weekB, a)] };
}
