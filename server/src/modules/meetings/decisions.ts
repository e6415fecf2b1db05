import type { DecisionBody, DecisionUpdateBody } from "@afdelingsplanner/shared/schemas";
import { fromIsoDate } from "../../lib/dates.ts";
import { badRequest, notFound, staleVersion } from "../../lib/errors.ts";
import { assertMay, loadMeeting, meetingLabel, meetingPermissions, permissionsFor, type Meeting } from "./meeting.ts";
import type { Db } from "../../db/client.ts";
import { decisionView } from "./views.ts";
import { changedFields, inTransaction, recordAudit, type AuditActor } from "../../lib/audit.ts";
import type { BranchScope } from "../../lib/clock.ts";

/** An agenda item named in a body must be on this very meeting. */
export async function assertItemOnMeeting(db: Db, meeting: Meeting, agendaItemId: string | null | undefined): Promise<void> {
  if (!agendaItemId) return;
  const found = await db.agendaItem.findFirst({ where: { id: agendaItemId, seriesId: meeting.series.id, date: fromIsoDate(meeting.date) }, select: { id: true } });
  if (!found) throw badRequest(`Agenda item ${agendaItemId} is not on the meeting of ${meeting.date}.`, "UNKNOWN_AGENDA_ITEM");
}

export async function listMeetingDecisions(db: Db, branch: BranchScope, seriesId: string, date: string) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  const rows = await db.decision.findMany({ where: { branchId: branch.id, seriesId, date: fromIsoDate(meeting.date) }, orderBy: { createdAt: "asc" } });
  return rows.map(decisionView);
}

/** The besluitenlijst of one body: every decision of its series, newest meeting first. */
export async function listSeriesDecisions(db: Db, branchId: string, seriesId: string) {
  const series = await db.meetingSeries.findFirst({ where: { id: seriesId, branchId }, select: { id: true } });
  if (!series) throw notFound("Meeting series");
  const rows = await db.decision.findMany({ where: { branchId, seriesId }, orderBy: [{ date: "desc" }, { createdAt: "asc" }] });
  return rows.map(decisionView);
}

export async function addDecision(db: Db, branch: BranchScope, seriesId: string, date: string, body: DecisionBody, by: AuditActor) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "record decisions of this meeting");
  await assertItemOnMeeting(db, meeting, body.agendaItemId);
  const created = await inTransaction(db, async (tx) => {
    const row = await tx.decision.create({
      data: { branchId: branch.id, seriesId, date: fromIsoDate(date), agendaItemId: body.agendaItemId ?? null, text: body.text.trim(), createdById: branch.personId },
    });
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "decision",
      entityId: row.id,
      action: "created",
      summary: `Besluit vastgelegd bij ${meetingLabel(meeting)}: "${shorten(row.text)}"`,
      changes: changedFields(null, { text: row.text, agendaItemId: row.agendaItemId }),
    });
    return row;
  });
  return decisionView(created);
}

/** Decisions can be long; the summary quotes the start, the changes keep the whole text. */
const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
const decisionMeeting = (decision: { date: Date; series: { title: string } }) => meetingLabel({ series: decision.series, date: decision.date.toISOString().slice(0, 10) });

async function editableDecision(db: Db, branch: BranchScope, decisionId: string) {
  const decision = await db.decision.findFirst({ where: { id: decisionId, branchId: branch.id }, include: { series: { include: { preparer: true } } } });
  if (!decision) throw notFound("Decision");
  const permissions = await permissionsFor(db, branch, decision.series, decision.series.preparer?.personId ?? null);
  assertMay(permissions.editAgenda, decision, "change the decisions of this body");
  return decision;
}

export async function updateDecision(db: Db, branch: BranchScope, decisionId: string, body: DecisionUpdateBody, by: AuditActor) {
  const decision = await editableDecision(db, branch, decisionId);
  await inTransaction(db, async (tx) => {
    const updated = await tx.decision.updateMany({ where: { id: decisionId, version: body.version }, data: { text: body.text.trim(), version: { increment: 1 } } });
    if (updated.count === 0) throw staleVersion("decision");
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "decision",
      entityId: decisionId,
      action: "updated",
      summary: `Besluit van ${decisionMeeting(decision)} gecorrigeerd: "${shorten(body.text.trim())}"`,
      changes: changedFields({ text: decision.text }, { text: body.text.trim() }),
    });
  });
  const row = await db.decision.findUniqueOrThrow({ where: { id: decisionId } });
  return decisionView(row);
}

export async function deleteDecision(db: Db, branch: BranchScope, decisionId: string, by: AuditActor) {
  const decision = await editableDecision(db, branch, decisionId);
  await inTransaction(db, async (tx) => {
    const deleted = await tx.decision.deleteMany({ where: { id: decisionId, branchId: branch.id } });
    if (deleted.count === 0) throw notFound("Decision");
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "decision",
      entityId: decisionId,
      action: "deleted",
      summary: `Besluit van ${decisionMeeting(decision)} verwijderd: "${shorten(decision.text)}"`,
      changes: changedFields({ text: decision.text }, null),
    });
  });
}
