import { type ActionCreateBody, type ActionListQuery, type ActionUpdateBody, type ActionView } from "@afdelingsplanner/shared/schemas";
import type { ActionItem, Prisma } from "../../generated/prisma/client.ts";
import { fromIsoDate, toIsoDate } from "../../lib/dates.ts";
import { badRequest, forbidden, notFound, staleVersion } from "../../lib/errors.ts";
import { assertRealDate } from "../../lib/dateWindow.ts";
import { assertItemOnMeeting } from "./decisions.ts";
import { assertPersonInBranch, loadMeeting, meetingLabel, meetingPermissions, permissionsFor } from "./meeting.ts";
import type { Db } from "../../db/client.ts";
import { changedFields, inTransaction, recordAudit, type AuditActor } from "../../lib/audit.ts";
import type { BranchScope } from "../../lib/clock.ts";

type ActionRow = ActionItem & { owner: { id: string; name: string } | null; series: { title: string; workingGroupId: string | null } };
const include = { owner: { select: { id: true, name: true } }, series: { select: { title: true, workingGroupId: true } } } as const;

export function actionView(action: ActionRow, today: string): ActionView {
  const dueDate = action.dueDate ? toIsoDate(action.dueDate) : null;
  return {
    id: action.id,
    seriesId: action.seriesId,
    seriesTitle: action.series.title,
    workingGroupId: action.series.workingGroupId,
    date: toIsoDate(action.date),
    agendaItemId: action.agendaItemId,
    title: action.title,
    owner: action.owner,
    dueDate,
    status: action.status,
    doneOn: action.doneOn ? toIsoDate(action.doneOn) : null,
    overdue: action.status === "open" && dueDate !== null && dueDate < today,
    version: action.version,
  };
}

const forbidActions = () => forbidden("Only the action-list keeper of this working group, the agenda preparer, its chair or convener, or a board member may manage these actions.", "ACTION_MANAGERS_ONLY");

/**
 * The action list (actielijst): actions across meetings, filtered per body (series or working group) or
 * per person; open ones by default, soonest due first, those without a due date last.
 */
export async function listActions(db: Db, branch: BranchScope, query: ActionListQuery) {
  const today = branch.today;
  const where: Prisma.ActionItemWhereInput = { branchId: branch.id };
  if (query.status !== "all") where.status = query.status ?? "open";
  if (query.seriesId) where.seriesId = query.seriesId;
  if (query.workingGroupId) where.series = { workingGroupId: query.workingGroupId, branchId: branch.id };
  if (query.mine) where.ownerId = branch.personId ?? "00000000-0000-0000-0000-000000000000";
  else if (query.ownerId) where.ownerId = query.ownerId;
  const rows = await db.actionItem.findMany({ where, include, orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] });
  return { today, actions: rows.map((row) => actionView(row, today)) };
}

export async function listMeetingActions(db: Db, branch: BranchScope, seriesId: string, date: string) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  const today = branch.today;
  const rows = await db.actionItem.findMany({ where: { branchId: branch.id, seriesId, date: fromIsoDate(meeting.date) }, include, orderBy: { createdAt: "asc" } });
  return { today, actions: rows.map((row) => actionView(row, today)) };
}

export async function addAction(db: Db, branch: BranchScope, seriesId: string, date: string, body: ActionCreateBody, by: AuditActor) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  if (!(await meetingPermissions(db, branch, meeting)).manageActions) throw forbidActions();
  if (body.dueDate) assertRealDate("dueDate", body.dueDate);
  await assertPersonInBranch(db, branch.id, body.ownerId);
  await assertItemOnMeeting(db, meeting, body.agendaItemId);
  const created = await inTransaction(db, async (tx) => {
    const row = await tx.actionItem.create({
      data: {
        branchId: branch.id,
        seriesId,
        date: fromIsoDate(date),
        agendaItemId: body.agendaItemId ?? null,
        title: body.title.trim(),
        ownerId: body.ownerId ?? null,
        dueDate: body.dueDate ? fromIsoDate(body.dueDate) : null,
        createdById: branch.personId,
      },
      include,
    });
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "action_item",
      entityId: row.id,
      action: "created",
      summary: `Actiepunt "${row.title}" toegevoegd bij ${meetingLabel(meeting)}${row.owner ? ` voor ${row.owner.name}` : ""}`,
      changes: changedFields(null, auditedAction(row)),
    });
    return row;
  });
  return actionView(created, branch.today);
}

/** The fields of an action the audit log shows. */
const auditedAction = (action: Pick<ActionItem, "title" | "ownerId" | "dueDate" | "status" | "doneOn">) => ({
  title: action.title,
  ownerId: action.ownerId,
  dueDate: action.dueDate,
  status: action.status,
  doneOn: action.doneOn,
});

export async function updateAction(db: Db, branch: BranchScope, actionId: string, body: ActionUpdateBody, by: AuditActor) {
  const action = await db.actionItem.findFirst({ where: { id: actionId, branchId: branch.id }, include: { series: { include: { preparer: true } } } });
  if (!action) throw notFound("Action");
  const permissions = await permissionsFor(db, branch, action.series, action.series.preparer?.personId ?? null);
  // The owner may tick off their own action; everything else is the keeper's.
  const onlyTicksOwn = action.ownerId !== null && action.ownerId === branch.personId && Object.keys(body).every((key) => key === "status" || key === "version");
  if (!permissions.manageActions && !onlyTicksOwn) throw forbidActions();
  if (body.dueDate) assertRealDate("dueDate", body.dueDate);
  await assertPersonInBranch(db, branch.id, body.ownerId);
  const today = branch.today;
  const after = await inTransaction(db, async (tx) => {
    const updated = await tx.actionItem.updateMany({
      where: { id: actionId, version: body.version },
      data: {
        title: body.title?.trim(),
        ownerId: body.ownerId,
        dueDate: body.dueDate === undefined ? undefined : body.dueDate === null ? null : fromIsoDate(body.dueDate),
        status: body.status,
        doneOn: body.status === "open" ? null : body.status === "done" && action.status !== "done" ? fromIsoDate(today) : undefined,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw staleVersion("action");
    const row = await tx.actionItem.findUniqueOrThrow({ where: { id: actionId }, include });
    const ticked = row.status !== action.status;
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "action_item",
      entityId: actionId,
      action: ticked ? (row.status === "done" ? "done" : "reopened") : "updated",
      summary: `Actiepunt "${row.title}" ${ticked ? (row.status === "done" ? "afgevinkt" : "weer open gezet") : "gewijzigd"}`,
      changes: changedFields(auditedAction(action), auditedAction(row)),
    });
    return row;
  });
  return actionView(after, today);
}

export const assertNoUnknownFilter = (query: ActionListQuery) => {
  if (query.mine && query.ownerId) throw badRequest("Ask for your own actions (mine=true) or someone's (ownerId), not both.", "AMBIGUOUS_QUERY");
};
