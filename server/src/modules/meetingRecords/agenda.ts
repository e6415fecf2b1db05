import { agendaTiming, type AgendaItemCreateBody, type AgendaItemUpdateBody, type AgendaResponse, type BranchMembership } from "@afdelingsplanner/shared";
import type { Database } from "../../db/client.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, forbidden, notFound } from "../../lib/errors.ts";
import { assertMay, assertOpen, assertPersonInBranch, loadMeeting, meetingPermissions, meetingSummary, type Db, type Meeting } from "./meeting.ts";
import { itemView, withOwner } from "./views.ts";

const ON_AGENDA = ["open", "handled", "postponed", "referred"] as const;

const occurrenceWhere = (meeting: Meeting) => ({ branchId: meeting.series.branchId, seriesId: meeting.series.id, date: fromIsoDate(meeting.date) });

export async function getAgenda(db: Db, branch: BranchMembership, seriesId: string, date: string): Promise<AgendaResponse> {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  const [rows, permissions] = await Promise.all([
    db.agendaItem.findMany({ where: occurrenceWhere(meeting), include: withOwner, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    meetingPermissions(db, branch, meeting),
  ]);
  const summary = meetingSummary(meeting);
  const items = rows.filter((row) => (ON_AGENDA as readonly string[]).includes(row.status)).map(itemView);
  return {
    meeting: summary,
    permissions: { editAgenda: permissions.editAgenda, propose: permissions.propose, manageActions: permissions.manageActions, recordPresence: permissions.recordPresence },
    items,
    proposals: rows.filter((row) => row.status === "proposed").map(itemView),
    timing: agendaTiming(items, summary.durationMinutes),
  };
}

export async function nextPosition(db: Db, meeting: { series: { id: string }; date: string }): Promise<number> {
  const last = await db.agendaItem.aggregate({ where: { seriesId: meeting.series.id, date: fromIsoDate(meeting.date) }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

function cleanLinks(links: string[] | undefined): string[] {
  return [...new Set((links ?? []).map((link) => link.trim()))];
}

/** Editors add items straight to the agenda; everyone else in the branch proposes them (status proposed). */
export async function addItem(db: Db, branch: BranchMembership, seriesId: string, date: string, body: AgendaItemCreateBody, asProposal: boolean) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertOpen(meeting);
  const permissions = await meetingPermissions(db, branch, meeting);
  if (!asProposal) assertMay(permissions.editAgenda, meeting, "add items to this agenda directly; propose the item instead");
  if (!permissions.personId) throw forbidden("Only members of this branch may add or propose agenda items.");
  await assertPersonInBranch(db, branch.id, body.ownerId);
  const proposer = asProposal ? await db.person.findUnique({ where: { id: permissions.personId }, select: { name: true } }) : null;
  const created = await db.agendaItem.create({
    data: {
      ...occurrenceWhere(meeting),
      position: await nextPosition(db, meeting),
      title: body.title.trim(),
      type: body.type ?? "discussion",
      ownerId: body.ownerId ?? null,
      estimatedMinutes: body.estimatedMinutes ?? 10,
      links: cleanLinks(body.links),
      status: asProposal ? "proposed" : "open",
      origin: asProposal ? "proposal" : "new",
      proposedById: asProposal ? permissions.personId : null,
      proposedByName: proposer?.name ?? "",
    },
    include: withOwner,
  });
  // A chain starts at its own row; carry-over and referral copy the root along.
  await db.agendaItem.update({ where: { id: created.id }, data: { rootItemId: created.id } });
  return itemView({ ...created, rootItemId: created.id });
}

async function findItem(db: Db, meeting: Meeting, itemId: string) {
  const item = await db.agendaItem.findFirst({ where: { id: itemId, ...occurrenceWhere(meeting) }, include: withOwner });
  if (!item) throw notFound("Agenda item");
  return item;
}

export async function updateItem(db: Db, branch: BranchMembership, seriesId: string, date: string, itemId: string, body: AgendaItemUpdateBody) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "change items on this agenda");
  const item = await findItem(db, meeting, itemId);
  const closed = Boolean(meeting.record?.closedAt);
  // After closing only the minutes may still be written up; the agenda itself is history.
  if (closed && Object.keys(body).some((key) => key !== "minutes" && key !== "version")) {
    throw conflict("This meeting is closed: only the minutes of its items can still be changed.");
  }
  if (body.status && !["open", "handled", "postponed"].includes(item.status)) {
    throw badRequest(`This item is ${item.status}; only items on the agenda can be marked open, handled or postponed.`, "INVALID_STATUS_CHANGE");
  }
  await assertPersonInBranch(db, branch.id, body.ownerId);
  const updated = await db.agendaItem.updateMany({
    where: { id: item.id, version: body.version },
    data: {
      title: body.title?.trim(),
      type: body.type,
      ownerId: body.ownerId,
      estimatedMinutes: body.estimatedMinutes,
      links: body.links ? cleanLinks(body.links) : undefined,
      status: body.status,
      minutes: body.minutes,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw conflict("Someone else changed this item since you opened it. Reload the agenda and make your change again.");
  return itemView(await findItem(db, meeting, itemId));
}

export async function deleteItem(db: Db, branch: BranchMembership, seriesId: string, date: string, itemId: string) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "remove items from this agenda");
  assertOpen(meeting);
  const item = await findItem(db, meeting, itemId);
  await db.agendaItem.delete({ where: { id: item.id } });
}

/** Accepting puts a proposal at the end of the agenda; declining keeps it (declined) for the record. */
export async function decideProposal(db: Db, branch: BranchMembership, seriesId: string, date: string, itemId: string, accept: boolean) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "accept or decline proposed items");
  assertOpen(meeting);
  const item = await findItem(db, meeting, itemId);
  if (item.status !== "proposed") throw conflict(`This item is already ${item.status}; only proposed items can be accepted or declined.`);
  const updated = await db.agendaItem.update({
    where: { id: item.id },
    data: { status: accept ? "open" : "declined", position: accept ? await nextPosition(db, meeting) : item.position, version: { increment: 1 } },
    include: withOwner,
  });
  return itemView(updated);
}

export async function reorderAgenda(db: Database, branch: BranchMembership, seriesId: string, date: string, itemIds: string[]) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "reorder this agenda");
  assertOpen(meeting);
  const current = await db.agendaItem.findMany({ where: { ...occurrenceWhere(meeting), status: { in: [...ON_AGENDA] } }, select: { id: true } });
  const expected = new Set(current.map((item) => item.id));
  if (itemIds.length !== expected.size || !itemIds.every((id) => expected.has(id))) {
    throw conflict("The order must list exactly the items on the agenda; the agenda changed since you loaded it. Reload it and reorder again.");
  }
  await db.$transaction(itemIds.map((id, index) => db.agendaItem.update({ where: { id }, data: { position: index + 1 } })));
  return getAgenda(db, branch, seriesId, date);
}
