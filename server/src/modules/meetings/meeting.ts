import { applyExceptions, expandSchedule, isPlannedOccurrence, type ScheduledOccurrence } from "@afdelingsplanner/shared";
import { type MeetingSummary } from "@afdelingsplanner/shared/schemas";
import type { Db } from "../../db/client.ts";
import type { MeetingRecord, MeetingSeries, WorkingGroupRole } from "../../generated/prisma/client.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, forbidden, notFound } from "../../lib/errors.ts";
import { assertRealDate } from "../../lib/dateWindow.ts";
import { exceptionInput, scheduleOf } from "../calendar/index.ts";
import type { BranchScope } from "../../lib/clock.ts";

type BranchRef = Pick<BranchScope, "id" | "timeZone" | "today">;

/** One occurrence of a series, with what the meeting pages need to know about it. */
export interface Meeting {
  series: MeetingSeries;
  date: string;
  occurrence: ScheduledOccurrence;
  record: MeetingRecord | null;
  preparer: { id: string; name: string } | null;
  /** Its (possibly moved) day has come where the branch is: only then can it be closed. */
  held: boolean;
}

/**
 * The occurrence (seriesId, date) of the caller's branch. A series of another branch is 404 (as unknown as
 * a made-up id); a date on which the series has no meeting planned is 400.
 */
export async function loadMeeting(db: Db, branch: BranchRef, seriesId: string, date: string): Promise<Meeting> {
  assertRealDate("date", date);
  const series = await db.meetingSeries.findFirst({ where: { id: seriesId, branchId: branch.id }, include: { preparer: { include: { person: { select: { id: true, name: true } } } } } });
  if (!series) throw notFound("Meeting series");
  const schedule = scheduleOf(series);
  if (!isPlannedOccurrence(schedule, date, branch.timeZone)) {
    throw badRequest(`${series.title} has no meeting planned on ${date}; pick the date of one of its meetings.`, "NOT_AN_OCCURRENCE");
  }
  const key = { seriesId, occurrenceDate: fromIsoDate(date) };
  const [exception, record] = await Promise.all([
    db.occurrenceException.findUnique({ where: { seriesId_occurrenceDate: key } }),
    db.meetingRecord.findUnique({ where: { seriesId_date: { seriesId, date: fromIsoDate(date) } } }),
  ]);
  const [occurrence] = applyExceptions(
    expandSchedule(schedule, { from: date, to: date }, branch.timeZone),
    exception ? [exceptionInput(exception)] : [],
    { location: series.location, mode: series.mode },
    branch.timeZone,
  );
  if (!occurrence) throw new Error(`isPlannedOccurrence accepted ${date} but expansion gave nothing`);
  const { preparer, ...row } = series;
  return { series: row, date, occurrence, record, preparer: preparer?.person ?? null, held: occurrence.startLocal.slice(0, 10) <= branch.today };
}

export function meetingSummary(meeting: Meeting): MeetingSummary {
  const { series, occurrence } = meeting;
  return {
    seriesId: series.id,
    kind: series.kind,
    title: series.title,
    workingGroupId: series.workingGroupId,
    date: meeting.date,
    start: occurrence.start,
    end: occurrence.end,
    status: occurrence.status,
    // A moved meeting may be longer or shorter than the series' default.
    durationMinutes: Math.round((occurrence.endsAt - occurrence.startsAt) / 60_000),
    closedAt: meeting.record?.closedAt?.toISOString() ?? null,
    held: meeting.held,
    preparer: meeting.preparer,
  };
}

/** How the audit log names one meeting: "Bestuursvergadering van 2026-12-01". */
export const meetingLabel = (meeting: { series: { title: string }; date: string }) => `${meeting.series.title} van ${meeting.date}`;

export function assertOpen(meeting: Meeting): void {
  if (meeting.record?.closedAt) throw conflict(`The meeting of ${meeting.date} is closed; its unhandled items went to the next meeting. Add the item there.`, "MEETING_CLOSED");
}

// ---------------------------------------------------------------------------
// Who may do what at one meeting. The route rule only says "a member of this branch"; the plan's finer rules:
// the board's agenda is prepared by the person the board names plus board members; a working group's by its
// chair (trekker) and convener; its action-list keeper manages its actions. Board members may do everything.

export interface MeetingPermissions {
  personId: string | null;
  editAgenda: boolean;
  propose: boolean;
  manageActions: boolean;
  recordPresence: boolean;
}

const AGENDA_ROLES: readonly WorkingGroupRole[] = ["chair", "convener"];

export async function permissionsFor(db: Db, branch: BranchScope, series: Pick<MeetingSeries, "id" | "workingGroupId">, preparerId: string | null): Promise<MeetingPermissions> {
  const personId = branch.personId;
  if (!personId) return { personId, editAgenda: false, propose: false, manageActions: false, recordPresence: false };
  const membership = series.workingGroupId
    ? await db.workingGroupMember.findUnique({ where: { workingGroupId_personId: { workingGroupId: series.workingGroupId, personId } }, select: { role: true } })
    : null;
  const editAgenda = branch.roles.includes("board_member") || preparerId === personId || (membership !== null && AGENDA_ROLES.includes(membership.role));
  return {
    personId,
    editAgenda,
    propose: true,
    manageActions: editAgenda || membership?.role === "action_list_keeper",
    recordPresence: editAgenda,
  };
}

export const meetingPermissions = (db: Db, branch: BranchScope, meeting: Meeting) => permissionsFor(db, branch, meeting.series, meeting.preparer?.id ?? null);

export function assertMay(allowed: boolean, meeting: Pick<Meeting, "series">, what: string): void {
  if (allowed) return;
  const who = meeting.series.kind === "board" ? "the board's agenda preparer or a board member" : "the chair or convener of the working group, its preparer or a board member";
  throw forbidden(`Only ${who} may ${what}.`, "AGENDA_EDITORS_ONLY");
}

/** A person named in a body must be a member of this branch (400 otherwise, never a foreign key 500). */
export async function assertPersonInBranch(db: Db, branchId: string, personId: string | null | undefined): Promise<void> {
  if (!personId) return;
  const found = await db.person.findFirst({ where: { id: personId, branchId }, select: { id: true } });
  if (!found) throw badRequest(`Person ${personId} is not a member of this branch.`, "UNKNOWN_PERSON");
}
