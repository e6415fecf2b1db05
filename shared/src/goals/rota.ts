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
  /** The last ISO week with a duty once the rota is ended; absent or null while it runs. */
  lastWeek?: string | null;
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

/**
 * ISO week keys ("2026-W53", "2027-W01") sort as text in time order: the year has four digits and the
 * week two. A week after an ended rota's last week has no duty.
 */
export function isAfterRotaEnd(rota: Pick<RotaDefinition, "lastWeek">, week: string): boolean {
  return rota.lastWeek !== undefined && rota.lastWeek !== null && week > rota.lastWeek;
}

/** Whether the rota has ended by the week that holds `today`: its last week is over. */
export function rotaHasEnded(rota: Pick<RotaDefinition, "lastWeek">, today: string): boolean {
  return isAfterRotaEnd(rota, isoWeekKey(today));
}

export function dutyFor(rota: RotaDefinition, week: string): DutyWeek {
  const monday = mondayOf(week);
  if (isAfterRotaEnd(rota, week)) return { week, monday, sunday: addDaysLocal(monday, 6), personId: null, swapped: false };
  const override = rota.overrides.get(week);
  return { week, monday, sunday: addDaysLocal(monday, 6), personId: override ?? rotationPersonFor(rota, week), swapped: override !== undefined };
}

/** `count` weeks starting with the week that contains `fromDate` (a local date, usually today). */
export function dutyWeeks(rota: RotaDefinition, fromDate: string, count: number): DutyWeek[] {
  return Array.from({ length: count }, (_, index) => dutyFor(rota, isoWeekKey(addDaysLocal(fromDate, index * 7))));
}

/**
 * The weeks to show for a rota on `today`: a running one from this week on; an ended one its last `count`
 * weeks up to and including its last week, so its history stays readable.
 */
export function rotaWeeksToShow(rota: RotaDefinition, today: string, count: number): DutyWeek[] {
  if (!rota.lastWeek || !rotaHasEnded(rota, today)) return dutyWeeks(rota, today, count);
  return dutyWeeks(rota, addDaysLocal(mondayOf(rota.lastWeek), -7 * (count - 1)), count);
}

/**
 * The overrides that swap who does two weeks. An override equal to what the rotation says anyway is
 * dropped (`personId: null`), so swapping back leaves no trace but the history the caller keeps.
 */
export function swapWeeks(rota: RotaDefinition, weekA: string, weekB: string): { problems: string[]; changes: { week: string; personId: string | null }[] } {
  if (!parseIsoWeek(weekA) || !parseIsoWeek(weekB)) return { problems: ["Give two ISO weeks that exist, like 2026-W48."], changes: [] };
  if (weekA === weekB) return { problems: ["Pick two different weeks to swap."], changes: [] };
  if (isAfterRotaEnd(rota, weekA) || isAfterRotaEnd(rota, weekB)) return { problems: [`The rota ends after ${rota.lastWeek ?? ""}; nobody is on duty after that, so there is nothing to swap.`], changes: [] };
  const a = dutyFor(rota, weekA).personId;
  const b = dutyFor(rota, weekB).personId;
  if (a === null || b === null) return { problems: ["This rota has no members yet; add members before swapping weeks."], changes: [] };
  if (a === b) return { problems: [`The same person is on duty in ${weekA} and ${weekB}; there is nothing to swap.`], changes: [] };
  const change = (week: string, personId: string) => ({ week, personId: rotationPersonFor(rota, week) === personId ? null : personId });
  return { problems: [], changes: [change(weekA, b), change(weekB, a)] };
}
