import { carryPlan, nextOccurrenceDate } from "@afdelingsplanner/shared";
import type { Database, Db } from "../../db/client.ts";
import type { MeetingSeries, Prisma } from "../../generated/prisma/client.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { conflict, staleVersion } from "../../lib/errors.ts";
import { exceptionInput, scheduleOf } from "../calendar/index.ts";
import { nextPosition } from "./agenda.ts";
import { assertMay, loadMeeting, meetingLabel, meetingPermissions, meetingSummary } from "./meeting.ts";
import { recordAudit, type AuditActor } from "../../lib/audit.ts";
import { itemView, withOwner } from "./views.ts";
import { enqueueMinutesMails, minutesRecipients } from "./meetingMails.ts";
import type { BranchScope } from "../../lib/clock.ts";

/** The next non-cancelled occurrence of a series after `date`, by the same expansion the agenda uses. */
export async function nextMeetingDate(db: Db, series: MeetingSeries, date: string, timeZone: string): Promise<string | null> {
  const exceptions = await db.occurrenceException.findMany({ where: { branchId: series.branchId, seriesId: series.id, occurrenceDate: { gt: fromIsoDate(date) } } });
  return nextOccurrenceDate({ schedule: scheduleOf(series), exceptions: exceptions.map(exceptionInput), location: series.location, mode: series.mode }, date, timeZone);
}

// A meeting closed out of order (a later one first) is no place to carry items to; look this many further at most.
const MAX_CLOSED_MEETINGS_SKIPPED = 12;

/** A body's next meeting: the first non-cancelled occurrence after `after` that is still open (not closed). */
export async function nextOpenMeetingDate(db: Db, series: MeetingSeries, after: string, timeZone: string): Promise<string | null> {
  let candidate = await nextMeetingDate(db, series, after, timeZone);
  for (let skipped = 0; candidate && skipped < MAX_CLOSED_MEETINGS_SKIPPED; skipped += 1) {
    const closed = await db.meetingRecord.findFirst({ where: { branchId: series.branchId, seriesId: series.id, date: fromIsoDate(candidate), closedAt: { not: null } }, select: { id: true } });
    if (!closed) return candidate;
    candidate = await nextMeetingDate(db, series, candidate, timeZone);
  }
  return null;
}

/**
 * Closes one occurrence and, in the same transaction, moves every unhandled item to the next meeting of
 * the series (cancelled ones skipped), counting the postponement: nothing that wasn't handled is lost,
 * and a failure half-way leaves the meeting open with its items where they were. The minutes and decisions go
 * out by mail (to the body's members and who was present) in that transaction too (issue 15).
 */
export async function closeMeeting(db: Database, branch: BranchScope, seriesId: string, date: string, by: AuditActor, publicUrl: string) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "close this meeting");
  if (meeting.record?.closedAt) throw conflict(`The meeting of ${date} is already closed.`, "MEETING_ALREADY_CLOSED");
  // Meetings follow time (issue 18): minutes and carry-over belong to a meeting that took place.
  if (!meeting.held) {
    throw conflict(`The meeting of ${date} takes place on ${meeting.occurrence.startLocal.slice(0, 10)}; it can be closed from that day on (today is ${branch.today} in ${branch.timeZone}).`, "MEETING_NOT_YET_HELD");
  }
  const target = await nextOpenMeetingDate(db, meeting.series, date, branch.timeZone);
  const key = { branchId: branch.id, seriesId, date: fromIsoDate(date) };
  const recipients = await minutesRecipients(db, meeting);
  const mailMinutes = (tx: Prisma.TransactionClient, carriedCount: number) =>
    enqueueMinutesMails(tx, { branch, meeting, recipients, publicUrl, carriedTo: target && carriedCount > 0 ? { date: target, count: carriedCount } : null });

  const carried = await db.$transaction(async (tx) => {
    await tx.meetingRecord.createMany({ data: [key], skipDuplicates: true });
    // The closedAt: null condition makes a second, concurrent close find nothing to update (409), not close twice.
    const closing = await tx.meetingRecord.updateMany({ where: { seriesId, date: key.date, closedAt: null }, data: { closedAt: branch.now, closedById: branch.personId } });
    if (closing.count === 0) throw conflict(`The meeting of ${date} is already closed.`, "MEETING_ALREADY_CLOSED");
    const record = await tx.meetingRecord.findUniqueOrThrow({ where: { seriesId_date: { seriesId, date: key.date } }, select: { id: true } });
    // One entry for the close and its carry-over, written in this transaction: a carry-over that fails (409) leaves none.
    const logClose = (carriedTitles: string[]) =>
      recordAudit(tx, {
        branchId: branch.id,
        actor: by,
        entityType: "meeting_record",
        entityId: record.id,
        action: "closed",
        summary:
          carriedTitles.length === 0
            ? `${meetingLabel(meeting)} gesloten`
            : `${meetingLabel(meeting)} gesloten; ${carriedTitles.length} onafgehandeld(e) punt(en) doorgeschoven naar ${target}`,
        changes: carriedTitles.length === 0 ? {} : { carriedOver: { from: null, to: carriedTitles }, carriedTo: { from: null, to: target } },
      });
    const found = await tx.agendaItem.findMany({ where: { ...key, status: { in: ["open", "postponed", "proposed"] } }, orderBy: { position: "asc" } });
    // The agenda keeps its order at the next meeting; proposals queue up behind it.
    const unhandled = [...found.filter((item) => item.status !== "proposed"), ...found.filter((item) => item.status === "proposed")];
    if (unhandled.length === 0) {
      await logClose([]);
      await mailMinutes(tx, 0);
      return [];
    }
    if (!target) throw conflict(`${meeting.series.title} has no later meeting to carry ${unhandled.length} unhandled item(s) to. Extend the series, or handle or refer the items, then close again.`, "NO_LATER_MEETING");
    let position = await nextPosition(tx, { series: meeting.series, date: target });
    const created = [];
    // Each item changes only if it still has the version read above: an edit that lands while the meeting
    // is being closed either is carried along or makes the close fail (409), never silently lost.
    const touch = async (item: (typeof unhandled)[number], data: Prisma.AgendaItemUpdateManyMutationInput) => {
      const touched = await tx.agendaItem.updateMany({ where: { id: item.id, version: item.version }, data: { ...data, version: { increment: 1 } } });
      if (touched.count === 0) throw staleVersion("agenda");
    };
    for (const item of unhandled) {
      // A proposal nobody accepted yet simply moves along (same row, so a guest's request keeps pointing at it).
      if (item.status === "proposed") {
        await touch(item, { date: fromIsoDate(target), position: position++ });
        created.push(await tx.agendaItem.findUniqueOrThrow({ where: { id: item.id }, include: withOwner }));
        continue;
      }
      const plan = carryPlan({ status: item.status, postponedCount: item.postponedCount });
      await touch(item, { status: plan.leftBehindAs });
      created.push(
        await tx.agendaItem.create({
          data: {
            branchId: branch.id,
            seriesId,
            date: fromIsoDate(target),
            position: position++,
            title: item.title,
            type: item.type,
            ownerId: item.ownerId,
            estimatedMinutes: item.estimatedMinutes,
            links: item.links,
            status: "open",
            postponedCount: plan.postponedCount,
            origin: "carried_over",
            previousItemId: item.id,
            rootItemId: item.rootItemId ?? item.id,
            proposedById: item.proposedById,
            proposedByName: item.proposedByName,
          },
          include: withOwner,
        }),
      );
    }
    await logClose(unhandled.map((item) => item.title));
    await mailMinutes(tx, created.length);
    return created;
  });
  const closed = await loadMeeting(db, branch, seriesId, date);
  return { meeting: meetingSummary(closed), carriedTo: carried.length > 0 ? target : null, carriedItems: carried.map(itemView) };
}
