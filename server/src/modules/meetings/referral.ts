import { calendarDays, itemHistory, referralHops, referralProblem } from "@afdelingsplanner/shared";
import { type ReferBody } from "@afdelingsplanner/shared/schemas";
import type { Database, Db } from "../../db/client.ts";
import { fromIsoDate, toIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, notFound, staleVersion } from "../../lib/errors.ts";
import { nextPosition } from "./agenda.ts";
import { nextOpenMeetingDate } from "./carryOver.ts";
import { assertMay, assertOpen, loadMeeting, meetingLabel, meetingPermissions } from "./meeting.ts";
import { changedFields, recordAudit, type AuditActor } from "../../lib/audit.ts";
import { itemView, withOwner } from "./views.ts";
import type { BranchScope } from "../../lib/clock.ts";

/**
 * Refers an item to another body (working group ↔ board or branch meeting): the item here becomes
 * "referred", and a new row on the target meeting carries the history on (previousItemId, rootItemId).
 * Both writes are one transaction.
 */
export async function referItem(db: Database, branch: BranchScope, seriesId: string, date: string, itemId: string, body: ReferBody, by: AuditActor) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "refer items from this agenda");
  assertOpen(meeting);
  const item = await db.agendaItem.findFirst({ where: { id: itemId, branchId: branch.id, seriesId, date: fromIsoDate(date) } });
  if (!item) throw notFound("Agenda item");
  if (!["open", "postponed"].includes(item.status)) throw conflict(`This item is ${item.status}; only open or postponed items can be referred.`, "ITEM_NOT_REFERABLE");

  const targetSeries = await db.meetingSeries.findFirst({ where: { id: body.toSeriesId, branchId: branch.id } });
  if (!targetSeries) throw badRequest(`Series ${body.toSeriesId} does not exist in this branch.`, "UNKNOWN_SERIES");
  const problem = referralProblem({ kind: meeting.series.kind, seriesId }, { kind: targetSeries.kind, seriesId: targetSeries.id });
  if (problem) throw badRequest(problem, "INVALID_REFERRAL");
  // Default: the target body's first meeting from today on (or after this meeting, if that is later).
  const today = branch.today;
  const after = calendarDays.addDays(today > date ? today : date, -1);
  const toDate = body.toDate ?? (await nextOpenMeetingDate(db, targetSeries, after, branch.timeZone));
  if (!toDate) throw badRequest(`${targetSeries.title} has no meeting coming up to refer the item to.`, "NO_TARGET_MEETING");
  const target = await loadMeeting(db, branch, targetSeries.id, toDate);
  assertOpen(target);

  const created = await db.$transaction(async (tx) => {
    const left = await tx.agendaItem.updateMany({ where: { id: item.id, version: item.version }, data: { status: "referred", version: { increment: 1 } } });
    if (left.count === 0) throw staleVersion("agenda item");
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "agenda_item",
      entityId: item.id,
      action: "referred",
      summary: `Agendapunt "${item.title}" van ${meetingLabel(meeting)} doorverwezen naar ${meetingLabel(target)}`,
      changes: changedFields({ status: item.status, meeting: meetingLabel(meeting) }, { status: "referred", meeting: meetingLabel(target), note: body.note?.trim() ?? "" }),
    });
    return tx.agendaItem.create({
      data: {
        branchId: branch.id,
        seriesId: targetSeries.id,
        date: fromIsoDate(toDate),
        position: await nextPosition(tx, target),
        title: item.title,
        type: item.type,
        ownerId: item.ownerId,
        estimatedMinutes: item.estimatedMinutes,
        links: item.links,
        status: "open",
        postponedCount: item.postponedCount,
        origin: "referred",
        previousItemId: item.id,
        rootItemId: item.rootItemId ?? item.id,
        referralNote: body.note?.trim() ?? "",
        referredById: branch.personId,
      },
      include: withOwner,
    });
  });
  return itemView(created);
}

/** Every row in the item's chain (created, carried over, referred) with the bodies it passed through. */
export async function itemHistoryOf(db: Db, branchId: string, itemId: string) {
  const item = await db.agendaItem.findFirst({ where: { id: itemId, branchId }, select: { id: true, rootItemId: true } });
  if (!item) throw notFound("Agenda item");
  const rows = await db.agendaItem.findMany({ where: { branchId, rootItemId: item.rootItemId ?? item.id }, include: { series: { select: { title: true, kind: true } } } });
  const titles = new Map(rows.map((row) => [row.id, row.series]));
  const steps = itemHistory(
    rows.map((row) => ({ id: row.id, previousItemId: row.previousItemId, origin: row.origin, seriesId: row.seriesId, date: toIsoDate(row.date), status: row.status, postponedCount: row.postponedCount, referralNote: row.referralNote })),
  );
  return {
    steps: steps.map((step) => ({
      itemId: step.id,
      seriesId: step.seriesId,
      seriesTitle: titles.get(step.id)?.title ?? "",
      kind: titles.get(step.id)?.kind ?? "other",
      date: step.date,
      status: step.status as (typeof rows)[number]["status"],
      postponedCount: step.postponedCount,
      how: step.how,
      fromSeriesId: step.fromSeriesId,
      referralNote: step.referralNote,
    })),
    referrals: referralHops(steps),
  };
}
