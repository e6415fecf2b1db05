import { agendaTiming } from "@afdelingsplanner/shared";
import { type AgendaItemCreateBody, type AgendaItemUpdateBody, type AgendaResponse } from "@afdelingsplanner/shared/schemas";
import type { Database, Db } from "../../db/client.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, forbidden, notFound, staleVersion } from "../../lib/errors.ts";
import { assertMay, assertOpen, assertPersonInBranch, loadMeeting, meetingLabel, meetingPermissions, meetingSummary, type Meeting } from "./meeting.ts";
import { itemView, withOwner } from "./views.ts";
import { changedFields, inTransaction, recordAudit, type AuditActor } from "../../lib/audit.ts";
import type { BranchScope } from "../../lib/clock.ts";

const ON_AGENDA = ["open", "handled", "postponed", "referred"] as const;

const occurrenceWhere = (meeting: Meeting) => ({ branchId: meeting.series.branchId, seriesId: meeting.series.id, date: fromIsoDate(meeting.date) });

export async function getAgenda(db: Db, branch: BranchScope, seriesId: string, date: string): Promise<AgendaResponse> {
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
export async function addItem(db: Db, branch: BranchScope, seriesId: string, date: string, body: AgendaItemCreateBody, asProposal: boolean, by: AuditActor) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertOpen(meeting);
  const permissions = await meetingPermissions(db, branch, meeting);
  if (!asProposal) assertMay(permissions.editAgenda, meeting, "add items to this agenda directly; propose the item instead");
  if (!permissions.personId) throw forbidden("Only members of this branch may add or propose agenda items.", "MEMBERS_ONLY");
  await assertPersonInBranch(db, branch.id, body.ownerId);
  const proposer = asProposal ? await db.person.findUnique({ where: { id: permissions.personId }, select: { name: true } }) : null;
  const created = await inTransaction(db, async (tx) => {
    const row = await tx.agendaItem.create({
      data: {
        ...occurrenceWhere(meeting),
        position: await nextPosition(tx, meeting),
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
    await tx.agendaItem.update({ where: { id: row.id }, data: { rootItemId: row.id } });
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "agenda_item",
      entityId: row.id,
      action: asProposal ? "proposed" : "created",
      summary: `Agendapunt "${row.title}" ${asProposal ? "voorgesteld voor" : "toegevoegd aan"} ${meetingLabel(meeting)}`,
      changes: changedFields(null, auditedItem(row)),
    });
    return row;
  });
  return itemView({ ...created, rootItemId: created.id });
}

/** The fields of an agenda item the audit log shows. */
const auditedItem = (item: { title: string; type: string; owner: { name: string } | null; estimatedMinutes: number; links: string[]; status: string; minutes: string }) => ({
  title: item.title,
  type: item.type,
  owner: item.owner?.name ?? null,
  estimatedMinutes: item.estimatedMinutes,
  links: item.links,
  status: item.status,
  minutes: item.minutes,
});

async function findItem(db: Db, meeting: Meeting, itemId: string) {
  const item = await db.agendaItem.findFirst({ where: { id: itemId, ...occurrenceWhere(meeting) }, include: withOwner });
  if (!item) throw notFound("Agenda item");
  return item;
}

export async function updateItem(db: Db, branch: BranchScope, seriesId: string, date: string, itemId: string, body: AgendaItemUpdateBody, by: AuditActor) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "change items on this agenda");
  const item = await findItem(db, meeting, itemId);
  const closed = Boolean(meeting.record?.closedAt);
  // After closing only the minutes may still be written up; the agenda itself is history.
  if (closed && Object.keys(body).some((key) => key !== "minutes" && key !== "version")) {
    throw conflict("This meeting is closed: only the minutes of its items can still be changed.", "MEETING_CLOSED");
  }
  if (body.status && !["open", "handled", "postponed"].includes(item.status)) {
    throw badRequest(`This item is ${item.status}; only items on the agenda can be marked open, handled or postponed.`, "INVALID_STATUS_CHANGE");
  }
  await assertPersonInBranch(db, branch.id, body.ownerId);
  return inTransaction(db, async (tx) => {
    const updated = await tx.agendaItem.updateMany({
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
    if (updated.count === 0) throw staleVersion("agenda item");
    const after = await findItem(tx, meeting, itemId);
    const onlyMinutes = body.minutes !== undefined && Object.keys(body).every((key) => key === "minutes" || key === "version");
    const statusText = { handled: "afgehandeld", postponed: "uitgesteld", open: "weer open gezet" } as const;
    const what = onlyMinutes ? "notulen bijgewerkt" : body.status && body.status !== item.status ? statusText[body.status] : "gewijzigd";
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "agenda_item",
      entityId: item.id,
      action: onlyMinutes ? "minutes" : body.status && body.status !== item.status ? body.status : "updated",
      summary: `Agendapunt "${after.title}" (${meetingLabel(meeting)}): ${what}`,
      changes: changedFields(auditedItem(item), auditedItem(after)),
    });
    return itemView(after);
  });
}

/** With `version`, an item someone changed since you saw it is not deleted (409 STALE_VERSION). */
export async function deleteItem(db: Db, branch: BranchScope, seriesId: string, date: string, itemId: string, by: AuditActor, version?: number) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "remove items from this agenda");
  assertOpen(meeting);
  const item = await findItem(db, meeting, itemId);
  await inTransaction(db, async (tx) => {
    const deleted = await tx.agendaItem.deleteMany({ where: { id: item.id, ...(version === undefined ? {} : { version }) } });
    if (deleted.count === 0) throw version === undefined ? notFound("Agenda item") : staleVersion("agenda item");
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "agenda_item",
      entityId: item.id,
      action: "deleted",
      summary: `Agendapunt "${item.title}" van ${meetingLabel(meeting)} verwijderd`,
      changes: changedFields(auditedItem(item), null),
    });
  });
}

/** Accepting puts a proposal at the end of the agenda; declining keeps it (declined) for the record. */
export async function decideProposal(db: Db, branch: BranchScope, seriesId: string, date: string, itemId: string, accept: boolean, by: AuditActor) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "accept or decline proposed items");
  assertOpen(meeting);
  const item = await findItem(db, meeting, itemId);
  if (item.status !== "proposed") throw conflict(`This item is already ${item.status}; only proposed items can be accepted or declined. Reload the agenda to see it.`, "PROPOSAL_ALREADY_DECIDED");
  // status: "proposed" in the same statement: of two answers sent at once only one applies, the other gets 409.
  await inTransaction(db, async (tx) => {
    const decided = await tx.agendaItem.updateMany({
      where: { id: item.id, status: "proposed" },
      data: { status: accept ? "open" : "declined", position: accept ? await nextPosition(tx, meeting) : item.position, version: { increment: 1 } },
    });
    if (decided.count === 0) throw conflict("Someone else accepted or declined this proposal just now. Reload the agenda to see it.", "PROPOSAL_ALREADY_DECIDED");
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "agenda_item",
      entityId: item.id,
      action: accept ? "accepted" : "declined",
      summary: `Voorstel "${item.title}" voor ${meetingLabel(meeting)} ${accept ? "aangenomen" : "afgewezen"}`,
      changes: changedFields({ status: item.status }, { status: accept ? "open" : "declined" }),
    });
  });
  return itemView(await findItem(db, meeting, itemId));
}

/**
 * With `versions` (one per item, in the order of itemIds) the order applies only to the items as the
 * caller saw them: any changed since gets 409 STALE_VERSION. An item whose place changes gets a new version.
 */
export async function reorderAgenda(db: Database, branch: BranchScope, seriesId: string, date: string, itemIds: string[], by: AuditActor, versions?: number[]) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "reorder this agenda");
  assertOpen(meeting);
  if (versions && versions.length !== itemIds.length) throw badRequest(`"versions" has ${versions.length} entries for ${itemIds.length} items; send one version per item, in the same order.`, "INVALID_AGENDA_ORDER");
  const current = await db.agendaItem.findMany({ where: { ...occurrenceWhere(meeting), status: { in: [...ON_AGENDA] } }, select: { id: true, title: true, position: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  const expected = new Set(current.map((item) => item.id));
  if (itemIds.length !== expected.size || !itemIds.every((id) => expected.has(id))) {
    throw conflict("The order must list exactly the items on the agenda; the agenda changed since you loaded it. Reload it and reorder again.", "AGENDA_CHANGED");
  }
  const titles = new Map(current.map((item) => [item.id, item.title]));
  const positions = new Map(current.map((item) => [item.id, item.position]));
  await db.$transaction(async (tx) => {
    for (const [index, id] of itemIds.entries()) {
      const moved = positions.get(id) !== index + 1;
      const version = versions?.[index];
      const updated = await tx.agendaItem.updateMany({
        where: { id, ...(version === undefined ? {} : { version }) },
        data: { position: index + 1, ...(moved ? { version: { increment: 1 } } : {}) },
      });
      if (updated.count === 0) throw staleVersion("agenda item");
    }
    // The agenda as a whole changed, so the entry is about the meeting (seriesId/date), not one item.
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "meeting_record",
      entityId: `${seriesId}/${date}`,
      action: "reordered",
      summary: `Volgorde van de agenda van ${meetingLabel(meeting)} gewijzigd`,
      changes: changedFields({ order: current.map((item) => item.title) }, { order: itemIds.map((id) => titles.get(id) ?? id) }),
    });
  });
  return getAgenda(db, branch, seriesId, date);
}
