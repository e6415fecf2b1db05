/**
 * Clash warnings while scheduling (issue 18): what is awkward about the dates of a series being made or
 * changed, or of one meeting being moved, and the nearest date that avoids it. Pure: the caller passes
 * the branch's other meetings with their attendees, people's names and the days off (holidays are
 * computed on the server with date-holidays, which is data, not logic this package should carry).
 */
import type { ClashKind, ClashView } from "../schemas/clashes.ts";
import type { MeetingKind } from "../schemas/calendar.ts";
import { formatIsoWeekKey, isoWeekOfLocalDate, type WeekParity } from "./isoWeek.ts";
import { addDaysLocal } from "./localTime.ts";

/** One meeting on one local date ("YYYY-MM-DD", a moved meeting's new date), with who is expected. */
export interface ClashMeeting {
  seriesId: string;
  title: string;
  kind: MeetingKind;
  date: string;
  attendeeIds: readonly string[];
}

/** A public holiday or a school holiday period, inclusive local dates. */
export interface DayOff {
  from: string;
  to: string;
  name: string;
  kind: "public" | "school";
}

export interface ClashCheck {
  /** The meetings being scheduled: a series' dates, or the one meeting being moved. */
  proposed: readonly ClashMeeting[];
  /** The branch's other meetings (cancelled ones left out) around the proposed dates. */
  others: readonly ClashMeeting[];
  names: ReadonlyMap<string, string>;
  daysOff: readonly DayOff[];
}

/** How far (in days, either way) a suggested date may lie from the clashing one. */
export const SUGGESTION_SEARCH_DAYS = 28;

/** The plan's rhythm: the board meets in odd ISO weeks, the working groups in even ones; other kinds have none. */
export function plannedParity(kind: MeetingKind): WeekParity | null {
  if (kind === "board") return "odd";
  if (kind === "working_group") return "even";
  return null;
}

const KIND_ORDER: readonly ClashKind[] = ["public_holiday", "school_holiday", "wrong_week_parity", "shared_members_same_evening", "member_week_overloaded"];

type Found = Omit<ClashView, "suggestedDate">;

/** Meetings by date and by ISO week, so each candidate date costs a look-up, not a scan. */
class MeetingIndex {
  private readonly byDate = new Map<string, ClashMeeting[]>();
  private readonly byWeek = new Map<string, ClashMeeting[]>();
  constructor(meetings: readonly ClashMeeting[]) {
    for (const meeting of meetings) {
      push(this.byDate, meeting.date, meeting);
      push(this.byWeek, weekOf(meeting.date), meeting);
    }
  }
  on(date: string, except: ClashMeeting): ClashMeeting[] {
    return (this.byDate.get(date) ?? []).filter((meeting) => meeting !== except);
  }
  inWeek(week: string, except: ClashMeeting): ClashMeeting[] {
    return (this.byWeek.get(week) ?? []).filter((meeting) => meeting !== except);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const weekOf = (date: string) => formatIsoWeekKey(isoWeekOfLocalDate(date));

/**
 * The clashes of `meeting` if it were held on `date` (its own entry in the index is skipped, so a meeting
 * being moved does not clash with where it was).
 */
function clashesOn(meeting: ClashMeeting, date: string, index: MeetingIndex, check: ClashCheck): Found[] {
  const week = weekOf(date);
  const base = { date, week, expectedParity: null, people: [], count: 0, meetings: [], holiday: null };
  const found: Found[] = [];
  for (const dayOff of check.daysOff) {
    if (date < dayOff.from || date > dayOff.to) continue;
    found.push({ ...base, kind: dayOff.kind === "public" ? "public_holiday" : "school_holiday", holiday: dayOff.name });
  }
  const parity = plannedParity(meeting.kind);
  if (parity && isoWeekOfLocalDate(date).parity !== parity) found.push({ ...base, kind: "wrong_week_parity", expectedParity: parity });

  const attendees = new Set(meeting.attendeeIds);
  const people = (ids: Iterable<string>) =>
    [...ids]
      .map((personId) => ({ personId, name: check.names.get(personId) ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl") || a.personId.localeCompare(b.personId));
  const ref = (other: ClashMeeting) => ({ seriesId: other.seriesId, title: other.title, date: other.date });
  for (const other of index.on(date, meeting)) {
    const shared = other.attendeeIds.filter((id) => attendees.has(id));
    if (shared.length === 0) continue;
    const who = people(new Set(shared));
    found.push({ ...base, kind: "shared_members_same_evening", people: who, count: who.length, meetings: [ref(other)] });
  }
  const busy = new Set<string>();
  const involved: ClashMeeting[] = [];
  for (const other of index.inWeek(week, meeting)) {
    const shared = other.attendeeIds.filter((id) => attendees.has(id));
    if (shared.length === 0) continue;
    for (const id of shared) busy.add(id);
    involved.push(other);
  }
  if (busy.size > 0) {
    const who = people(busy);
    found.push({ ...base, kind: "member_week_overloaded", people: who, count: who.length, meetings: involved.map(ref) });
  }
  return found;
}

/**
 * The nearest date to `date` (later first when two are equally near) where `meeting` has no clash of `kind`
 * and no kind of clash it does not already have on `date`: moving off a holiday never lands on a new problem.
 */
function suggestion(meeting: ClashMeeting, kind: ClashKind, kindsThere: ReadonlySet<ClashKind>, index: MeetingIndex, check: ClashCheck): string | null {
  for (let offset = 1; offset <= SUGGESTION_SEARCH_DAYS; offset += 1) {
    for (const candidate of [addDaysLocal(meeting.date, offset), addDaysLocal(meeting.date, -offset)]) {
      const kinds = new Set(clashesOn(meeting, candidate, index, check).map((clash) => clash.kind));
      if (!kinds.has(kind) && [...kinds].every((other) => kindsThere.has(other))) return candidate;
    }
  }
  return null;
}

/**
 * Every clash of the proposed meetings, each with its suggested date, sorted by date and then by kind
 * (holidays first). Proposed meetings count against each other too: a series that lands twice in one
 * week overloads its members.
 */
export function findClashes(check: ClashCheck): ClashView[] {
  const index = new MeetingIndex([...check.others, ...check.proposed]);
  const result: ClashView[] = [];
  for (const meeting of check.proposed) {
    const found = clashesOn(meeting, meeting.date, index, check);
    const kinds = new Set(found.map((clash) => clash.kind));
    const suggested = new Map<ClashKind, string | null>();
    for (const clash of found) {
      if (!suggested.has(clash.kind)) suggested.set(clash.kind, suggestion(meeting, clash.kind, kinds, index, check));
      result.push({ ...clash, suggestedDate: suggested.get(clash.kind) ?? null });
    }
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)));
}
