import { carryPlan, nextOccurrenceDate, type BranchMembership } from "@afdelingsplanner/shared";
import type { Database } from "../../db/client.ts";
import type { MeetingSeries } from "../../generated/prisma/client.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { conflict } from "../../lib/errors.ts";
import { exceptionInput, scheduleOf } from "../meetings/mapping.ts";
import { nextPosition } from "./agenda.ts";
import { assertMay, loadMeeting, meetingPermissions, meetingSummary, type Db } from "./meeting.ts";
import { itemView, withOwner } from "./views.ts";

/** The next non-cancelled occurrence of a series after `date`, by the same expansion the agenda uses. */
export async function nextMeetingDate(db: Db, series: MeetingSeries, date: string, timeZone: string): Promise<string | null> {
  const exceptions = await db.occurrenceException.findMany({ where: { branchId: series.branchId, seriesId: series.id, occurrenceDate: { gt: fromIsoDate(date) } } });
  return nextOccurrenceDate({ schedule: scheduleOf(series), exceptions: exceptions.map(exceptionInput), location: series.location, mode: series.mode }, date, timeZone);
}

/**
 * Closes one occurrence and, in the same transaction, moves every unhandled item to the next meeting of
 * the series (cancelled ones skipped), counting the postponement: nothing that wasn't handled is lost,
 * and a failure half-way leaves the meeting open with its items where they were.
 */
export async function closeMeeting(db: Database, branch: BranchMembership, seriesId: string, date: string) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "close this meeting");
  if (meeting.record?.closedAt) throw conflict(`The meeting of ${date} is already closed.`);
  const target = await nextMeetingDate(db, meeting.series, date, branch.timeZone);
  const key = { branchId: branch.id, seriesId, date: fromIsoDate(date) };

  const carried = await db.$transaction(async (tx) => {
    await tx.meetingRecord.createMany({ data: [key], skipDuplicates: true });
    // The closedAt: null condition makes a second, concurrent close find nothing to update (409), not close twice.
    const closing = await tx.meetingRecord.updateMany({ where: { seriesId, date: key.date, closedAt: null }, data: { closedAt: new Date(), closedById: branch.personId } });
    if (closing.count === 0) throw conflict(`The meeting of ${date} is already closed.`);
    const found = await tx.agendaItem.findMany({ where: { ...key, status: { in: ["open", "postponed", "proposed"] } }, orderBy: { position: "asc" } });
    // The agenda keeps its order at the next meeting; proposals queue up behind it.
    const unhandled = [...found.filter((item) => item.status !== "proposed"), ...found.filter((item) => item.status === "proposed")];
    if (unhandled.length === 0) return [];
    if (!target) throw conflict(`${meeting.series.title} has no later meeting to carry ${unhandled.length} unhandled item(s) to. Extend the series, or handle or refer the items, then close again.`);
    let position = await nextPosition(tx, { series: meeting.series, date: target });
    const created = [];
    for (const item of unhandled) {
      // A proposal nobody accepted yet simply moves along (same row, so a guest's request keeps pointing at it).
      if (item.status === "proposed") {
        created.push(await tx.agendaItem.update({ where: { id: item.id }, data: { date: fromIsoDate(target), position: position++, version: { increment: 1 } }, include: withOwner }));
        continue;
      }
      const plan = carryPlan({ status: item.status, postponedCount: item.postponedCount });
      await tx.agendaItem.update({ where: { id: item.id }, data: { status: plan.leftBehindAs, version: { increment: 1 } } });
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
    return created;
  });
  const closed = await loadMeeting(db, branch, seriesId, date);
  return { meeting: meetingSummary(closed), carriedTo: carried.length > 0 ? target : null, carriedItems: carried.map(itemView) };
}
