import { addDaysLocal, applyExceptions, attendeesOf, expandSchedule, findClashes, isSchoolHolidayRegion, occurrencesInWindow, SUGGESTION_SEARCH_DAYS, type ClashMeeting, type ExceptionInput, type Schedule } from "@afdelingsplanner/shared";
import type { ClashCheckResponse, MeetingKind, OccurrenceChangeBody, SeriesCreateBody, SeriesUpdateBody } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { DateWindow } from "../../lib/dateWindow.ts";
import { dutchDaysOff } from "./holidays.ts";
import { exceptionInput } from "./mapping.ts";
import { changedSeries, loadBranchRoster, loadSeriesForWindow, newSeriesInput, occurrenceChangeInput } from "./service.ts";

type Branch = { id: string; timeZone: string; today: string };

/** How far ahead a series is checked: a year of its meetings, from today or its first day if later. */
const SERIES_CHECK_DAYS = 365;

interface Proposal {
  seriesId: string | null;
  title: string;
  kind: MeetingKind;
  workingGroupId: string | null;
  extraAttendeeIds: readonly string[];
}

/**
 * Runs findClashes for meetings of one series on `dates` against every other meeting of the branch around them
 * (except `skip`: the series being changed, or the one meeting being moved), with names and days off.
 */
async function clashesFor(db: Database, branch: Branch, proposal: Proposal, dates: string[], window: DateWindow, skip: (seriesId: string, date: string) => boolean): Promise<ClashCheckResponse> {
  if (dates.length === 0) return { from: window.from, to: window.to, clashes: [] };
  const wide = { from: addDaysLocal(window.from, -SUGGESTION_SEARCH_DAYS - 7), to: addDaysLocal(window.to, SUGGESTION_SEARCH_DAYS + 7) };
  const [series, roster, people, row] = await Promise.all([
    loadSeriesForWindow(db, branch.id, wide, { withAttendees: true }),
    loadBranchRoster(db, branch.id),
    db.person.findMany({ where: { branchId: branch.id }, select: { id: true, name: true } }),
    db.branch.findUnique({ where: { id: branch.id }, select: { schoolHolidayRegion: true } }),
  ]);
  const others: ClashMeeting[] = occurrencesInWindow(series, wide, branch.timeZone)
    .filter(({ series: owner, occurrence }) => occurrence.status !== "cancelled" && !skip(owner.id, occurrence.date))
    .map(({ series: owner, occurrence }) => ({ seriesId: owner.id, title: owner.row.title, kind: owner.row.kind, date: occurrence.startLocal.slice(0, 10), attendeeIds: [...owner.attendees] }));
  const attendeeIds = [...attendeesOf(proposal, roster)];
  const proposed = dates.map((date) => ({ seriesId: proposal.seriesId ?? "new", title: proposal.title, kind: proposal.kind, date, attendeeIds }));
  const region = row && isSchoolHolidayRegion(row.schoolHolidayRegion) ? row.schoolHolidayRegion : "midden";
  const clashes = findClashes({ proposed, others, names: new Map(people.map((person) => [person.id, person.name])), daysOff: dutchDaysOff(wide.from, wide.to, region) });
  return { from: window.from, to: window.to, clashes };
}

/** The dates (their local start days, moves applied, cancelled ones left out) a schedule gives in the check window. */
function datesOf(schedule: Schedule, exceptions: ExceptionInput[], today: string, timeZone: string, defaults: { location: string; mode: "in_person" | "online" | "hybrid" }) {
  const from = schedule.validFrom > today ? schedule.validFrom : today;
  const last = addDaysLocal(from, SERIES_CHECK_DAYS);
  const window = { from, to: schedule.validUntil && schedule.validUntil < last ? schedule.validUntil : last };
  if (window.to < window.from) return { window: { from, to: from }, dates: [] };
  const dates = applyExceptions(expandSchedule(schedule, window, timeZone), exceptions, defaults, timeZone)
    .filter((occurrence) => occurrence.status !== "cancelled")
    .map((occurrence) => occurrence.startLocal.slice(0, 10));
  return { window, dates };
}

/** The clashes a new series would have over its coming year. Nothing is saved; a body createSeries refuses gets the same 400. */
export async function checkNewSeries(db: Database, branch: Branch, body: SeriesCreateBody): Promise<ClashCheckResponse> {
  const input = await newSeriesInput(db, branch.id, body);
  const schedule = { recurrence: input.recurrence, startTime: input.startTime, durationMinutes: input.durationMinutes, validFrom: input.validFrom, validUntil: input.validUntil };
  const { window, dates } = datesOf(schedule, [], branch.today, branch.timeZone, input);
  return clashesFor(db, branch, { ...input, seriesId: null }, dates, window, () => false);
}

/** The clashes a series would have over its coming year after the change (its own exceptions kept). Nothing is saved. */
export async function checkChangedSeries(db: Database, branch: Branch, seriesId: string, body: SeriesUpdateBody): Promise<ClashCheckResponse> {
  const { next } = await changedSeries(db, branch.id, seriesId, body);
  const exceptions = (await db.occurrenceException.findMany({ where: { branchId: branch.id, seriesId } })).map(exceptionInput);
  const schedule = { recurrence: next.recurrence, startTime: next.startTime, durationMinutes: next.durationMinutes, validFrom: next.validFrom, validUntil: next.validUntil };
  const { window, dates } = datesOf(schedule, exceptions, branch.today, branch.timeZone, next);
  return clashesFor(db, branch, { ...next, seriesId }, dates, window, (id) => id === seriesId);
}

/** The clashes of one meeting moved as the body says (none for a cancellation or a change of place). Nothing is saved. */
export async function checkOccurrenceChange(db: Database, branch: Branch, seriesId: string, date: string, body: OccurrenceChangeBody): Promise<ClashCheckResponse> {
  const { series, change } = await occurrenceChangeInput(db, branch, seriesId, date, body);
  if (change.status !== "moved" || !change.startLocal) return { from: date, to: date, clashes: [] };
  const newDate = change.startLocal.slice(0, 10);
  const extraAttendeeIds = (await db.seriesAttendee.findMany({ where: { branchId: branch.id, seriesId }, select: { personId: true } })).map((row) => row.personId);
  const proposal = { seriesId, title: series.title, kind: series.kind, workingGroupId: series.workingGroupId, extraAttendeeIds };
  return clashesFor(db, branch, proposal, [newDate], { from: newDate, to: newDate }, (id, planned) => id === seriesId && planned === date);
}
