import type { BranchMembership, DecisionBody, DecisionUpdateBody } from "@afdelingsplanner/shared";
import { fromIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, notFound } from "../../lib/errors.ts";
import { assertMay, loadMeeting, meetingPermissions, permissionsFor, type Db, type Meeting } from "./meeting.ts";
import { decisionView } from "./views.ts";

/** An agenda item named in a body must be on this very meeting. */
export async function assertItemOnMeeting(db: Db, meeting: Meeting, agendaItemId: string | null | undefined): Promise<void> {
  if (!agendaItemId) return;
  const found = await db.agendaItem.findFirst({ where: { id: agendaItemId, seriesId: meeting.series.id, date: fromIsoDate(meeting.date) }, select: { id: true } });
  if (!found) throw badRequest(`Agenda item ${agendaItemId} is not on the meeting of ${meeting.date}.`, "UNKNOWN_AGENDA_ITEM");
}

export async function listMeetingDecisions(db: Db, branch: BranchMembership, seriesId: string, date: string) {
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

export async function addDecision(db: Db, branch: BranchMembership, seriesId: string, date: string, body: DecisionBody) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "record decisions of this meeting");
  await assertItemOnMeeting(db, meeting, body.agendaItemId);
  const created = await db.decision.create({
    data: { branchId: branch.id, seriesId, date: fromIsoDate(date), agendaItemId: body.agendaItemId ?? null, text: body.text.trim(), createdById: branch.personId },
  });
  return decisionView(created);
}

async function editableDecision(db: Db, branch: BranchMembership, decisionId: string) {
  const decision = await db.decision.findFirst({ where: { id: decisionId, branchId: branch.id }, include: { series: { include: { preparer: true } } } });
  if (!decision) throw notFound("Decision");
  const permissions = await permissionsFor(db, branch, decision.series, decision.series.preparer?.personId ?? null);
  assertMay(permissions.editAgenda, decision, "change the decisions of this body");
  return decision;
}

export async function updateDecision(db: Db, branch: BranchMembership, decisionId: string, body: DecisionUpdateBody) {
  await editableDecision(db, branch, decisionId);
  const updated = await db.decision.updateMany({ where: { id: decisionId, version: body.version }, data: { text: body.text.trim(), version: { increment: 1 } } });
  if (updated.count === 0) throw conflict("Someone else changed this decision since you opened it. Reload it and make your change again.");
  const row = await db.decision.findUniqueOrThrow({ where: { id: decisionId } });
  return decisionView(row);
}

export async function deleteDecision(db: Db, branch: BranchMembership, decisionId: string) {
  await editableDecision(db, branch, decisionId);
  await db.decision.delete({ where: { id: decisionId } });
}
