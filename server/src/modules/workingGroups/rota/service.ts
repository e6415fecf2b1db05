import { addDaysLocal, dutyFor, isoWeekKey, parseIsoWeek, rotaHasEnded, rotaWeeksToShow, swapWeeks, type RotaDefinition } from "@afdelingsplanner/shared";
import { type RotaCreateBody, type RotaEndBody, type RotaSwapBody, type RotaUpdateBody, type RotaView } from "@afdelingsplanner/shared/schemas";
import type { Database, Db } from "../../../db/client.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { badRequest, conflict, forbidden, notFound, staleVersion } from "../../../lib/errors.ts";
import { actingPerson, assertMayManage, groupFromBody, groupFromFilter, mayManageGroup, type Actor } from "../goals/access.ts";
import type { BranchScope } from "../../../lib/clock.ts";

const rotaInclude = {
  workingGroup: { select: { id: true, name: true } },
  members: { orderBy: { position: "asc" }, include: { person: { select: { name: true } } } },
} as const satisfies Prisma.DutyRotaInclude;

type RotaRow = Prisma.DutyRotaGetPayload<{ include: typeof rotaInclude }>;

const definitionOf = (rota: RotaRow, overrides: { week: string; personId: string }[]): RotaDefinition => ({
  anchorWeek: rota.anchorWeek,
  memberIds: rota.members.map((member) => member.personId),
  overrides: new Map(overrides.map((override) => [override.week, override.personId])),
  lastWeek: rota.lastWeek,
});

/**
 * `count` weeks with the swaps recorded for them: from the current week while the rota runs; for an ended
 * rota its last weeks up to its end (rotaWeeksToShow), so its history stays readable.
 */
async function rotaView(db: Db, rota: RotaRow, today: string, count: number): Promise<RotaView> {
  const weekKeys = rotaWeeksToShow(definitionOf(rota, []), today, count).map((week) => week.week);
  const overrides = await db.dutyRotaOverride.findMany({ where: { rotaId: rota.id, week: { in: weekKeys } }, include: { person: { select: { name: true } } } });
  const names = new Map<string, string>([...rota.members.map((member) => [member.personId, member.person.name] as const), ...overrides.map((override) => [override.personId, override.person.name] as const)]);
  const definition = definitionOf(rota, overrides);
  return {
    id: rota.id,
    workingGroupId: rota.workingGroupId,
    name: rota.name,
    description: rota.description,
    anchorWeek: rota.anchorWeek,
    members: rota.members.map((member) => ({ personId: member.personId, name: member.person.name })),
    lastWeek: rota.lastWeek,
    ended: rotaHasEnded(definition, today),
    weeks: rotaWeeksToShow(definition, today, count).map((week) => ({ ...week, name: week.personId ? (names.get(week.personId) ?? null) : null })),
    version: rota.version,
  };
}

async function findRota(db: Db, branchId: string, rotaId: string): Promise<RotaRow> {
  const rota = await db.dutyRota.findFirst({ where: { id: rotaId, branchId }, include: rotaInclude });
  if (!rota) throw notFound("Rota");
  return rota;
}

export async function listRotas(db: Database, branch: BranchScope, query: { workingGroup?: string; weeks?: number }) {
  const today = branch.today;
  const where: Prisma.DutyRotaWhereInput = { branchId: branch.id };
  if (query.workingGroup) where.workingGroupId = (await groupFromFilter(db, branch.id, query.workingGroup)).id;
  const rotas = await db.dutyRota.findMany({ where, include: rotaInclude, orderBy: [{ workingGroup: { name: "asc" } }, { name: "asc" }] });
  // Ended rotas are listed too (their history stays readable), after the running ones.
  const views = await Promise.all(rotas.map((rota) => rotaView(db, rota, today, query.weeks ?? 8)));
  return { today, rotas: [...views.filter((view) => !view.ended), ...views.filter((view) => view.ended)] };
}

export async function getRota(db: Db, branch: BranchScope, rotaId: string, weeks = 8) {
  const today = branch.today;
  return { today, rota: await rotaView(db, await findRota(db, branch.id, rotaId), today, weeks) };
}

/** A rota rotates among the group's own members, each once. */
async function assertGroupMembers(db: Db, branchId: string, workingGroupId: string, memberIds: readonly string[]) {
  if (new Set(memberIds).size !== memberIds.length) throw badRequest('"memberIds" names someone twice; list each member once, in rotation order.', "DUPLICATE_ROTA_MEMBER");
  const found = await db.workingGroupMember.count({ where: { branchId, workingGroupId, personId: { in: [...memberIds] } } });
  if (found !== memberIds.length) throw badRequest("Everyone on a rota must be a member of its working group; add them to the group first.", "NOT_A_GROUP_MEMBER");
}

function assertWeek(week: string) {
  if (!parseIsoWeek(week)) throw badRequest(`"${week}" is not an ISO week that exists; use e.g. 2026-W48.`, "INVALID_WEEK");
}

export async function createRota(db: Database, branch: BranchScope, actor: Actor, body: RotaCreateBody) {
  const group = await groupFromBody(db, branch.id, body.workingGroupId);
  assertMayManage(actor, group, "rota");
  const name = body.name.trim();
  if (!name) throw badRequest('"name" is empty; name the duty, e.g. "Sociale media".', "INVALID_ROTA");
  const anchorWeek = body.anchorWeek ?? isoWeekKey(branch.today);
  assertWeek(anchorWeek);
  await assertGroupMembers(db, branch.id, group.id, body.memberIds);
  if (await db.dutyRota.findFirst({ where: { workingGroupId: group.id, name }, select: { id: true } })) throw conflict(`${group.name} already has a rota called "${name}".`, "ROTA_EXISTS");
  const created = await db.dutyRota.create({
    data: {
      branchId: branch.id,
      workingGroupId: group.id,
      name,
      description: body.description?.trim() ?? "",
      anchorWeek,
      members: { create: body.memberIds.map((personId, position) => ({ branchId: branch.id, personId, position })) },
    },
  });
  return getRota(db, branch, created.id);
}

export async function updateRota(db: Database, branch: BranchScope, actor: Actor, rotaId: string, body: RotaUpdateBody) {
  const rota = await findRota(db, branch.id, rotaId);
  assertMayManage(actor, rota.workingGroup, "rota");
  assertRunning(rota, branch.today);
  const name = body.name !== undefined ? body.name.trim() : rota.name;
  if (!name) throw badRequest('"name" is empty; name the duty, e.g. "Sociale media".', "INVALID_ROTA");
  if (body.anchorWeek) assertWeek(body.anchorWeek);
  if (body.memberIds) await assertGroupMembers(db, branch.id, rota.workingGroupId, body.memberIds);
  const memberIds = body.memberIds;
  await db.$transaction(async (tx) => {
    const updated = await tx.dutyRota.updateMany({
      where: { id: rotaId, branchId: branch.id, version: body.version },
      data: { name, description: body.description?.trim() ?? rota.description, anchorWeek: body.anchorWeek ?? rota.anchorWeek, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleRota();
    if (!memberIds) return;
    await tx.dutyRotaMember.deleteMany({ where: { rotaId, branchId: branch.id } });
    await tx.dutyRotaMember.createMany({ data: memberIds.map((personId, position) => ({ branchId: branch.id, rotaId, personId, position })) });
    // Someone who leaves the rota keeps no weeks from earlier swaps; past weeks stay as they were.
    await tx.dutyRotaOverride.deleteMany({ where: { rotaId, branchId: branch.id, personId: { notIn: memberIds }, week: { gte: isoWeekKey(branch.today) } } });
  });
  return getRota(db, branch, rotaId);
}

/** An ended rota is kept as it was: no edits or swaps any more. */
function assertRunning(rota: RotaRow, today: string) {
  if (rotaHasEnded({ lastWeek: rota.lastWeek }, today)) throw conflict(`The rota "${rota.name}" ended after ${rota.lastWeek}; an ended rota is kept as it was and can no longer be changed.`, "ROTA_ENDED");
}

/**
 * Ending a rota keeps it with its members, swaps and past weeks; nobody is on duty after `lastWeek` (by
 * default last week, so from this week on). With the version seen: a rota changed since gets 409 STALE_VERSION.
 */
export async function endRota(db: Database, branch: BranchScope, actor: Actor, rotaId: string, body: RotaEndBody) {
  const rota = await findRota(db, branch.id, rotaId);
  assertMayManage(actor, rota.workingGroup, "rota");
  assertRunning(rota, branch.today);
  const previousWeek = isoWeekKey(addDaysLocal(branch.today, -7));
  const lastWeek = body.lastWeek ?? previousWeek;
  assertWeek(lastWeek);
  if (lastWeek < previousWeek) throw badRequest(`"lastWeek" ${lastWeek} is over already; end the rota now (${previousWeek}, the default) or in a later week.`, "ROTA_END_PAST");
  await db.$transaction(async (tx) => {
    const updated = await tx.dutyRota.updateMany({ where: { id: rotaId, branchId: branch.id, version: body.version }, data: { lastWeek, version: { increment: 1 } } });
    if (updated.count === 0) throw staleRota();
    // Swaps for weeks after the end would never count; they go, the ones before stay as history.
    await tx.dutyRotaOverride.deleteMany({ where: { rotaId, branchId: branch.id, week: { gt: lastWeek } } });
  });
  return getRota(db, branch, rotaId);
}

/**
 * Two weeks trade their people. The group's chair and board members may swap any weeks; a member may
 * swap a week of their own (the two agreed it between them; the swap is recorded with who made it).
 */
export async function swapRotaWeeks(db: Database, branch: BranchScope, actor: Actor, rotaId: string, body: RotaSwapBody) {
  const [weekA, weekB] = body.weeks;
  if (!weekA || !weekB) throw badRequest('"weeks" takes two ISO weeks.', "INVALID_SWAP");
  assertWeek(weekA);
  assertWeek(weekB);
  const thisWeek = isoWeekKey(branch.today);
  if (weekA < thisWeek || weekB < thisWeek) throw badRequest(`A week that is over cannot be swapped; pick ${thisWeek} or later.`, "SWAP_WEEK_PAST");
  const rota = await findRota(db, branch.id, rotaId);
  assertRunning(rota, branch.today);
  const overrides = await db.dutyRotaOverride.findMany({ where: { rotaId, week: { in: [weekA, weekB] } } });
  const definition = definitionOf(rota, overrides);
  const { problems, changes } = swapWeeks(definition, weekA, weekB);
  if (problems.length > 0) throw badRequest(problems.join(" "), "INVALID_SWAP");
  const actorId = actingPerson(actor);
  const involved = [weekA, weekB].some((week) => dutyFor(definition, week).personId === actorId);
  if (!mayManageGroup(actor, rota.workingGroupId) && !involved) throw forbidden(`Only the chair of ${rota.workingGroup.name}, a board member, or someone on duty in one of these weeks may swap them.`, "SWAP_NOT_ALLOWED");
  await db.$transaction(async (tx) => {
    const bumped = await tx.dutyRota.updateMany({ where: { id: rotaId, branchId: branch.id, version: body.version }, data: { version: { increment: 1 } } });
    if (bumped.count === 0) throw staleRota();
    for (const change of changes) {
      if (change.personId === null) {
        await tx.dutyRotaOverride.deleteMany({ where: { rotaId, week: change.week } });
        continue;
      }
      await tx.dutyRotaOverride.upsert({
        where: { rotaId_week: { rotaId, week: change.week } },
        create: { branchId: branch.id, rotaId, week: change.week, personId: change.personId, createdById: actorId },
        update: { personId: change.personId, createdById: actorId },
      });
    }
  });
  return getRota(db, branch, rotaId);
}

const staleRota = () => staleVersion("rota");
