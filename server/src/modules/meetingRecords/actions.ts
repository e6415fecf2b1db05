import { calendarDays, type ActionCreateBody, type ActionListQuery, type ActionUpdateBody, type ActionView, type BranchMembership } from "@afdelingsplanner/shared";
import type { ActionItem, Prisma } from "../../generated/prisma/client.ts";
import { fromIsoDate, toIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, forbidden, notFound } from "../../lib/errors.ts";
import { assertRealDate } from "../meetings/dateWindow.ts";
import { assertItemOnMeeting } from "./decisions.ts";
import { assertPersonInBranch, loadMeeting, meetingPermissions, permissionsFor, type Db } from "./meeting.ts";

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

const forbidActions = () => forbidden("Only the action-list keeper of this working group, the agenda preparer, its chair or convener, or a board member may manage these actions.");

/**
 * The action list (actielijst): actions across meetings, filtered per body (series or working group) or
 * per person; open ones by default, soonest due first, those without a due date last.
 */
export async function listActions(db: Db, branch: BranchMembership, query: ActionListQuery) {
  const today = calendarDays.todayIn(branch.timeZone);
  const where: Prisma.ActionItemWhereInput = { branchId: branch.id };
  if (query.status !== "all") where.status = query.status ?? "open";
  if (query.seriesId) where.seriesId = query.seriesId;
  if (query.workingGroupId) where.series = { workingGroupId: query.workingGroupId, branchId: branch.id };
  if (query.mine) where.ownerId = branch.personId ?? "00000000-0000-0000-0000-000000000000";
  else if (query.ownerId) where.ownerId = query.ownerId;
  const rows = await db.actionItem.findMany({ where, include, orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] });
  return { today, actions: rows.map((row) => actionView(row, today)) };
}

export async function listMeetingActions(db: Db, branch: BranchMembership, seriesId: string, date: string) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  const today = calendarDays.todayIn(branch.timeZone);
  const rows = await db.actionItem.findMany({ where: { branchId: branch.id, seriesId, date: fromIsoDate(meeting.date) }, include, orderBy: { createdAt: "asc" } });
  return { today, actions: rows.map((row) => actionView(row, today)) };
}

export async function addAction(db: Db, branch: BranchMembership, seriesId: string, date: string, body: ActionCreateBody) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  if (!(await meetingPermissions(db, branch, meeting)).manageActions) throw forbidActions();
  if (body.dueDate) assertRealDate("dueDate", body.dueDate);
  await assertPersonInBranch(db, branch.id, body.ownerId);
  await assertItemOnMeeting(db, meeting, body.agendaItemId);
  const created = await db.actionItem.create({
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
  return actionView(created, calendarDays.todayIn(branch.timeZone));
}

export async function updateAction(db: Db, branch: BranchMembership, actionId: string, body: ActionUpdateBody) {
  const action = await db.actionItem.findFirst({ where: { id: actionId, branchId: branch.id }, include: { series: { include: { preparer: true } } } });
  if (!action) throw notFound("Action");
  const permissions = await permissionsFor(db, branch, action.series, action.series.preparer?.personId ?? null);
  // The owner may tick off their own action; everything else is the keeper's.
  const onlyTicksOwn = action.ownerId !== null && action.ownerId === branch.personId && Object.keys(body).every((key) => key === "status" || key === "version");
  if (!permissions.manageActions && !onlyTicksOwn) throw forbidActions();
  if (body.dueDate) assertRealDate("dueDate", body.dueDate);
  await assertPersonInBranch(db, branch.id, body.ownerId);
  const today = calendarDays.todayIn(branch.timeZone);
  const updated = await db.actionItem.updateMany({
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
  if (updated.count === 0) throw conflict("Someone else changed this action since you opened it. Reload the list and make your change again.");
  return actionView(await db.actionItem.findUniqueOrThrow({ where: { id: actionId }, include }), today);
}

export const assertNoUnknownFilter = (query: ActionListQuery) => {
  if (query.mine && query.ownerId) throw badRequest("Ask for your own actions (mine=true) or someone's (ownerId), not both.", "AMBIGUOUS_QUERY");
};
