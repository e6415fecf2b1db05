import { MOVE_MARGIN_DAYS, attendeesOf, exceptionProblems, occurrencesInWindow, scheduleProblems, type ExceptionInput, type ScheduledOccurrence, type SeriesForExpansion } from "@afdelingsplanner/shared";
import { type MeetingKind, type OccurrenceChangeBody, type OccurrenceView, type SeriesCreateBody, type SeriesUpdateBody } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { MeetingSeries, Prisma } from "../../generated/prisma/client.ts";
import { badRequest, notFound, staleVersion } from "../../lib/errors.ts";
import { fromIsoDate, fromLocalDateTime, toIsoDate, toLocalDateTime } from "../../lib/dates.ts";
import { exceptionInput, exceptionView, recurrenceColumns, scheduleOf, seriesView } from "./mapping.ts";
import { changedFields, recordAudit, type AuditActor } from "../../lib/audit.ts";
import type { DateWindow } from "../../lib/dateWindow.ts";
import { isUuid } from "@afdelingsplanner/shared/schemas";
import { calendarSnapshot, enqueueCalendarChanges, nextSequence, type InvitationContext } from "./invitations.ts";
import { loadBranchRoster } from "./roster.ts";
export type { DateWindow };

const withAttendees = { attendees: { select: { personId: true } } } as const;


// ---------------------------------------------------------------------------
// Series

async function assertBelongsToBranch(db: Database, branchId: string, input: { workingGroupId?: string | null; extraAttendeeIds?: string[] }) {
  if (input.workingGroupId) {
    const group = await db.workingGroup.findFirst({ where: { id: input.workingGroupId, branchId }, select: { id: true } });
    if (!group) throw badRequest(`Working group ${input.workingGroupId} does not exist in this branch.`, "UNKNOWN_WORKING_GROUP");
  }
  const extras = [...new Set(input.extraAttendeeIds ?? [])];
  if (extras.length > 0) {
    const found = await db.person.count({ where: { branchId, id: { in: extras } } });
    if (found !== extras.length) throw badRequest("Some extra attendees are not members of this branch.", "UNKNOWN_PERSON");
  }
}

function assertSensible(series: { kind: MeetingKind; workingGroupId: string | null } & Parameters<typeof scheduleProblems>[0]) {
  const problems = scheduleProblems(series);
  if (series.kind === "working_group" && !series.workingGroupId) problems.push("A working-group meeting needs the working group (workingGroupId).");
  if (problems.length > 0) throw badRequest(problems.join(" "), "INVALID_SCHEDULE");
}

/** The fields of a series the audit log shows (not its id or version). */
const auditedSeries = ({ id: _id, version: _version, ...fields }: ReturnType<typeof seriesView>) => fields;

export async function listSeries(db: Database, branchId: string) {
  const rows = await db.meetingSeries.findMany({ where: { branchId }, include: withAttendees, orderBy: [{ kind: "asc" }, { title: "asc" }] });
  return rows.map(seriesView);
}

export async function getSeries(db: Database, branchId: string, seriesId: string) {
  const row = await db.meetingSeries.findFirst({ where: { id: seriesId, branchId }, include: { ...withAttendees, exceptions: { orderBy: { occurrenceDate: "asc" } } } });
  if (!row) throw notFound("Meeting series");
  return { series: seriesView(row), exceptions: row.exceptions.map(exceptionView) };
}

/** A new series as the body describes it, checked: what createSeries saves and the clash check looks at. */
export async function newSeriesInput(db: Database, branchId: string, body: SeriesCreateBody) {
  const input = {
    kind: body.kind,
    title: body.title.trim(),
    description: body.description ?? "",
    workingGroupId: body.workingGroupId ?? null,
    recurrence: body.recurrence,
    startTime: body.startTime,
    durationMinutes: body.durationMinutes,
    location: body.location ?? "",
    mode: body.mode ?? "in_person",
    validFrom: body.validFrom,
    validUntil: body.validUntil ?? null,
    extraAttendeeIds: [...new Set(body.extraAttendeeIds ?? [])],
  };
  assertSensible(input);
  await assertBelongsToBranch(db, branchId, input);
  return input;
}

/** `notify`: send the attendees calendar invitations (invitations.ts) in the same transaction; the API always does. */
export async function createSeries(db: Database, branchId: string, body: SeriesCreateBody, actor: AuditActor, notify?: InvitationContext) {
  const input = await newSeriesInput(db, branchId, body);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.meetingSeries.create({
      data: {
        branchId,
        kind: input.kind,
        title: input.title,
        description: input.description,
        workingGroupId: input.workingGroupId,
        ...recurrenceColumns(input.recurrence),
        startTime: input.startTime,
        durationMinutes: input.durationMinutes,
        location: input.location,
        mode: input.mode,
        validFrom: fromIsoDate(input.validFrom),
        validUntil: input.validUntil ? fromIsoDate(input.validUntil) : null,
        attendees: { create: input.extraAttendeeIds.map((personId) => ({ personId, branchId })) },
      },
      include: withAttendees,
    });
    await recordAudit(tx, {
      branchId,
      actor,
      entityType: "series",
      entityId: row.id,
      action: "created",
      summary: `Vergaderreeks "${row.title}" aangemaakt`,
      changes: changedFields(null, auditedSeries(seriesView(row))),
    });
    if (notify) await enqueueCalendarChanges(tx, notify, row.id, null, await calendarSnapshot(tx, notify, row.id), row.calendarSequence);
    return row;
  });
  return getSeries(db, branchId, created.id);
}

/** A series as it is (before) and as the body would make it (next), checked: for updateSeries and the clash check. */
export async function changedSeries(db: Database, branchId: string, seriesId: string, body: SeriesUpdateBody) {
  const current = await db.meetingSeries.findFirst({ where: { id: seriesId, branchId }, include: withAttendees });
  if (!current) throw notFound("Meeting series");
  const before = seriesView(current);
  const next = {
    ...before,
    ...Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)),
  } as typeof before;
  next.title = next.title.trim();
  assertSensible(next);
  await assertBelongsToBranch(db, branchId, next);
  return { before, next };
}

export async function updateSeries(db: Database, branchId: string, seriesId: string, body: SeriesUpdateBody, actor: AuditActor, notify?: InvitationContext) {
  const { before, next } = await changedSeries(db, branchId, seriesId, body);

  await db.$transaction(async (tx) => {
    const calendarBefore = notify ? await calendarSnapshot(tx, notify, seriesId) : null;
    // The version check and the write are one statement, so two concurrent edits cannot both win.
    const updated = await tx.meetingSeries.updateMany({
      where: { id: seriesId, branchId, version: body.version },
      data: {
        kind: next.kind,
        title: next.title,
        description: next.description,
        workingGroupId: next.workingGroupId,
        ...recurrenceColumns(next.recurrence),
        startTime: next.startTime,
        durationMinutes: next.durationMinutes,
        location: next.location,
        mode: next.mode,
        validFrom: fromIsoDate(next.validFrom),
        validUntil: next.validUntil ? fromIsoDate(next.validUntil) : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw staleVersion("meeting series");
    if (body.extraAttendeeIds) {
      await tx.seriesAttendee.deleteMany({ where: { seriesId, branchId } });
      await tx.seriesAttendee.createMany({ data: [...new Set(body.extraAttendeeIds)].map((personId) => ({ seriesId, personId, branchId })) });
    }
    const after = { ...next, extraAttendeeIds: body.extraAttendeeIds ? [...new Set(body.extraAttendeeIds)] : before.extraAttendeeIds };
    await recordAudit(tx, {
      branchId,
      actor,
      entityType: "series",
      entityId: seriesId,
      action: "updated",
      summary: `Vergaderreeks "${next.title}" gewijzigd`,
      changes: changedFields(auditedSeries(before), auditedSeries(after)),
    });
    if (notify) await enqueueCalendarChanges(tx, notify, seriesId, calendarBefore, await calendarSnapshot(tx, notify, seriesId), await nextSequence(tx, seriesId));
  });
  return getSeries(db, branchId, seriesId);
}

export async function deleteSeries(db: Database, branchId: string, seriesId: string, actor: AuditActor, notify?: InvitationContext) {
  await db.$transaction(async (tx) => {
    const series = await tx.meetingSeries.findFirst({ where: { id: seriesId, branchId }, include: withAttendees });
    // Every coming meeting is cancelled in the attendees' calendars (METHOD:CANCEL), with a SEQUENCE above the last.
    const sequence = notify && series ? await nextSequence(tx, seriesId) : 0;
    const calendarBefore = notify && series ? await calendarSnapshot(tx, notify, seriesId) : null;
    const deleted = await tx.meetingSeries.deleteMany({ where: { id: seriesId, branchId } });
    if (!series || deleted.count === 0) throw notFound("Meeting series");
    await recordAudit(tx, {
      branchId,
      actor,
      entityType: "series",
      entityId: seriesId,
      action: "deleted",
      summary: `Vergaderreeks "${series.title}" verwijderd, met haar uitzonderingen`,
      changes: changedFields(auditedSeries(seriesView(series)), null),
    });
    if (notify && calendarBefore) await enqueueCalendarChanges(tx, notify, seriesId, calendarBefore, null, sequence);
  });
}

// ---------------------------------------------------------------------------
// Occurrences

export interface OccurrenceFilter {
  kind?: MeetingKind;
  workingGroup?: string;
  /** Only series this person attends. */
  attendeePersonId?: string;
  /** Work out who attends each series (four more queries; the plain agenda does not need it). */
  withAttendees?: boolean;
}

type LoadedSeries = SeriesForExpansion & {
  row: MeetingSeries;
  attendees: ReadonlySet<string>;
  /** The version of each exception, by the date it was planned on: what an edit must send back. */
  exceptionVersions: ReadonlyMap<string, number>;
};

/**
 * All series of a branch that overlap the window, with the exceptions near it (and who attends,
 * when asked), ready for expansion. The queries run side by side: this is the agenda's hot path.
 */
export async function loadSeriesForWindow(db: Database, branchId: string, window: DateWindow, filter: OccurrenceFilter = {}): Promise<LoadedSeries[]> {
  const where: Prisma.MeetingSeriesWhereInput = {
    branchId,
    validFrom: { lte: fromIsoDate(window.to) },
    OR: [{ validUntil: null }, { validUntil: { gte: fromIsoDate(window.from) } }],
  };
  if (filter.kind) where.kind = filter.kind;
  if (filter.workingGroup) {
    // Accept the id or the slug; an id that is no uuid would make Postgres reject the query.
    where.workingGroup = isUuid(filter.workingGroup) ? { id: filter.workingGroup, branchId } : { slug: filter.workingGroup, branchId };
  }
  // Exceptions move an occurrence by at most MOVE_MARGIN_DAYS, so only those near the window matter.
  const margin = MOVE_MARGIN_DAYS * 24 * 60 * 60 * 1000;
  const needAttendees = Boolean(filter.withAttendees || filter.attendeePersonId);
  const [rows, exceptions, extraAttendees, roster] = await Promise.all([
    db.meetingSeries.findMany({ where }),
    db.occurrenceException.findMany({
      where: {
        branchId,
        occurrenceDate: { gte: new Date(fromIsoDate(window.from).getTime() - margin), lte: new Date(fromIsoDate(window.to).getTime() + margin) },
      },
    }),
    needAttendees ? db.seriesAttendee.findMany({ where: { branchId }, select: { seriesId: true, personId: true } }) : [],
    needAttendees ? loadBranchRoster(db, branchId) : null,
  ]);
  const exceptionsBySeries = groupBy(exceptions, (exception) => exception.seriesId);
  const extrasBySeries = groupBy(extraAttendees, (attendee) => attendee.seriesId);
  return rows
    .map((row) => ({
      id: row.id,
      schedule: scheduleOf(row),
      location: row.location,
      mode: row.mode,
      exceptions: (exceptionsBySeries.get(row.id) ?? []).map(exceptionInput),
      exceptionVersions: new Map((exceptionsBySeries.get(row.id) ?? []).map((exception) => [toIsoDate(exception.occurrenceDate), exception.version])),
      row,
      attendees: roster
        ? attendeesOf({ kind: row.kind, workingGroupId: row.workingGroupId, extraAttendeeIds: (extrasBySeries.get(row.id) ?? []).map((a) => a.personId) }, roster)
        : new Set<string>(),
    }))
    .filter((series) => !filter.attendeePersonId || series.attendees.has(filter.attendeePersonId));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

// In roster.ts, so invitations.ts can load it without a cycle through this file.
export { loadBranchRoster } from "./roster.ts";

export function occurrenceView(
  series: Pick<MeetingSeries, "id" | "kind" | "title" | "workingGroupId">,
  occurrence: ScheduledOccurrence,
  exceptionVersion: number | null,
): OccurrenceView {
  return {
    seriesId: series.id,
    kind: series.kind,
    title: series.title,
    workingGroupId: series.workingGroupId,
    date: occurrence.date,
    start: occurrence.start,
    end: occurrence.end,
    isoWeek: occurrence.isoWeek,
    isoWeekYear: occurrence.isoWeekYear,
    parity: occurrence.parity,
    status: occurrence.status,
    location: occurrence.location,
    mode: occurrence.mode,
    reason: occurrence.reason,
    exceptionVersion,
  };
}

export async function listOccurrences(db: Database, branch: { id: string; timeZone: string }, window: DateWindow, filter: OccurrenceFilter) {
  const series = await loadSeriesForWindow(db, branch.id, window, filter);
  return occurrencesInWindow(series, window, branch.timeZone).map(({ series: owner, occurrence }) =>
    occurrenceView(owner.row, occurrence, owner.exceptionVersions.get(occurrence.date) ?? null),
  );
}

// ---------------------------------------------------------------------------
// Exceptions

/** The series and the change to one of its occurrences, checked: for changeOccurrence and the clash check. */
export async function occurrenceChangeInput(db: Database, branch: { id: string; timeZone: string }, seriesId: string, date: string, body: OccurrenceChangeBody) {
  const series = await db.meetingSeries.findFirst({ where: { id: seriesId, branchId: branch.id } });
  if (!series) throw notFound("Meeting series");
  const change: ExceptionInput = {
    date,
    status: body.status,
    startLocal: body.start ?? null,
    endLocal: body.end ?? null,
    location: body.location ?? null,
    mode: body.mode ?? null,
    reason: body.reason.trim(),
  };
  const problems = exceptionProblems(change, scheduleOf(series), branch.timeZone);
  if (problems.length > 0) throw badRequest(problems.join(" "), "INVALID_OCCURRENCE_CHANGE");
  return { series, change };
}

export async function changeOccurrence(db: Database, branch: { id: string; timeZone: string }, seriesId: string, date: string, body: OccurrenceChangeBody, actor: AuditActor, notify?: InvitationContext) {
  const { series, change } = await occurrenceChangeInput(db, branch, seriesId, date, body);
  const data = {
    change: change.status === "scheduled" ? ("changed" as const) : change.status,
    newStartLocal: change.status === "moved" && change.startLocal ? fromLocalDateTime(change.startLocal) : null,
    newEndLocal: change.status === "moved" && change.endLocal ? fromLocalDateTime(change.endLocal) : null,
    location: change.location,
    mode: change.mode,
    reason: change.reason,
  };
  const key = { seriesId_occurrenceDate: { seriesId, occurrenceDate: fromIsoDate(date) } };
  const saved = await db.$transaction(async (tx) => {
    // The series' row first (its SEQUENCE), as deleteSeries locks it before its exceptions: the same order, no deadlock.
    const sequence = notify ? await nextSequence(tx, seriesId) : 0;
    const calendarBefore = notify ? await calendarSnapshot(tx, notify, seriesId) : null;
    const previous = await tx.occurrenceException.findUnique({ where: key });
    if ((previous?.version ?? null) !== body.expectedVersion) throw staleVersion("meeting");
    // The check and the write are one statement each, so of two concurrent edits that saw the same
    // version only one wins: the update matches on id and version (a row undone and made again has a
    // new id), and ON CONFLICT DO NOTHING lets only one of two "there was no change yet" inserts in.
    const written = previous
      ? await tx.occurrenceException.updateMany({ where: { id: previous.id, version: previous.version }, data: { ...data, version: { increment: 1 } } })
      : await tx.occurrenceException.createMany({ data: [{ branchId: branch.id, seriesId, occurrenceDate: fromIsoDate(date), ...data }], skipDuplicates: true });
    if (written.count === 0) throw staleVersion("meeting");
    const row = await tx.occurrenceException.findUniqueOrThrow({ where: key });
    const what = data.change === "cancelled" ? "geannuleerd" : data.change === "moved" ? `verplaatst naar ${change.startLocal?.replace("T", " ")}` : "gewijzigd";
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "occurrence_exception",
      entityId: row.id,
      action: data.change,
      summary: `${series.title} op ${date} ${what}`,
      changes: changedFields(previous ? auditedException(previous) : null, auditedException(row)),
    });
    // Cancelled: METHOD:CANCEL for this meeting's UID; moved or changed: a REQUEST with the new details.
    if (notify) await enqueueCalendarChanges(tx, notify, seriesId, calendarBefore, await calendarSnapshot(tx, notify, seriesId), sequence, { kind: "occurrence", date });
    return row;
  });
  return exceptionView(saved);
}

/**
 * Puts one occurrence back as its series plans it. `version` is the exception version the caller saw;
 * when the change is gone or changed since (someone else undid or edited it), 409 STALE_VERSION.
 */
export async function undoOccurrenceChange(db: Database, branchId: string, seriesId: string, date: string, version: number, actor: AuditActor, notify?: InvitationContext) {
  // Another branch's series (or none) stays a 404, so the 409 below reveals nothing across branches.
  const series = await db.meetingSeries.findFirst({ where: { id: seriesId, branchId }, select: { title: true } });
  if (!series) throw notFound("Meeting series");
  await db.$transaction(async (tx) => {
    const sequence = notify ? await nextSequence(tx, seriesId) : 0;
    const calendarBefore = notify ? await calendarSnapshot(tx, notify, seriesId) : null;
    const previous = await tx.occurrenceException.findFirst({ where: { branchId, seriesId, occurrenceDate: fromIsoDate(date) } });
    if (!previous || previous.version !== version) throw staleVersion("meeting");
    const deleted = await tx.occurrenceException.deleteMany({ where: { id: previous.id, version } });
    if (deleted.count === 0) throw staleVersion("meeting");
    await recordAudit(tx, {
      branchId,
      actor,
      entityType: "occurrence_exception",
      entityId: previous.id,
      action: "restored",
      summary: `${series.title} op ${date} weer volgens de reeks (wijziging teruggedraaid)`,
      changes: changedFields(auditedException(previous), null),
    });
    // The meeting as the series plans it again: a REQUEST (also when it had been cancelled).
    if (notify) await enqueueCalendarChanges(tx, notify, seriesId, calendarBefore, await calendarSnapshot(tx, notify, seriesId), sequence, { kind: "occurrence", date });
  });
}

/** What an exception changes about its occurrence, for the audit log. */
function auditedException(exception: { change: string; newStartLocal: Date | null; newEndLocal: Date | null; location: string | null; mode: string | null; reason: string }) {
  return {
    change: exception.change,
    start: exception.newStartLocal ? toLocalDateTime(exception.newStartLocal) : null,
    end: exception.newEndLocal ? toLocalDateTime(exception.newEndLocal) : null,
    location: exception.location,
    mode: exception.mode,
    reason: exception.reason,
  };
}

