import type { Db } from "../../../db/client.ts";
import { badRequest, forbidden, notFound } from "../../../lib/errors.ts";
import type { BranchScope } from "../../../lib/clock.ts";

/**
 * What the caller may do in the working groups of one branch. The route rule only says "a member of
 * this branch"; the finer rules of the plan live here:
 * - a working group's chair (trekker) manages its goals and rota; board members manage every group;
 * - members log activity for the groups they belong to; board members for every group.
 * A platform admin without a person in the branch may read but never write.
 */
export interface Actor {
  personId: string | null;
  isBoardMember: boolean;
  chairOf: ReadonlySet<string>;
  memberOf: ReadonlySet<string>;
}

export async function loadActor(db: Db, branch: BranchScope): Promise<Actor> {
  const memberships = branch.personId
    ? await db.workingGroupMember.findMany({ where: { branchId: branch.id, personId: branch.personId }, select: { workingGroupId: true, role: true } })
    : [];
  return {
    personId: branch.personId,
    isBoardMember: branch.personId !== null && branch.roles.includes("board_member"),
    chairOf: new Set(memberships.filter((membership) => membership.role === "chair").map((membership) => membership.workingGroupId)),
    memberOf: new Set(memberships.map((membership) => membership.workingGroupId)),
  };
}

export const mayManageGroup = (actor: Actor, workingGroupId: string) => actor.personId !== null && (actor.isBoardMember || actor.chairOf.has(workingGroupId));
export const mayLogFor = (actor: Actor, workingGroupId: string) => actor.personId !== null && (actor.isBoardMember || actor.memberOf.has(workingGroupId));

export interface GroupRef {
  id: string;
  name: string;
}

export function assertMayManage(actor: Actor, group: GroupRef, what = "goals"): void {
  if (!mayManageGroup(actor, group.id)) throw forbidden(`Only the chair (trekker) of ${group.name} or a board member may change its ${what}.`, "GROUP_MANAGERS_ONLY");
}

export function assertMayLog(actor: Actor, group: GroupRef): void {
  if (!mayLogFor(actor, group.id)) throw forbidden(`You are not a member of ${group.name}: log activity for a working group you belong to, or ask its chair to add you.`, "NOT_IN_WORKING_GROUP");
}

/** The caller's person, for writes; a platform admin reading along has none. */
export function actingPerson(actor: Actor): string {
  if (!actor.personId) throw forbidden("Only members of this branch may change its data.", "MEMBERS_ONLY");
  return actor.personId;
}

/** A working group named in a request body: one of another branch is as unknown as a made-up one (400). */
export async function groupFromBody(db: Db, branchId: string, workingGroupId: string): Promise<GroupRef> {
  const group = await db.workingGroup.findFirst({ where: { id: workingGroupId, branchId }, select: { id: true, name: true } });
  if (!group) throw badRequest(`Working group ${workingGroupId} does not exist in this branch.`, "UNKNOWN_WORKING_GROUP");
  return group;
}

/** A working group named in a query by id or slug (404 when the branch has none such). */
export async function groupFromFilter(db: Db, branchId: string, idOrSlug: string): Promise<GroupRef> {
  const groups = await db.workingGroup.findMany({ where: { branchId }, select: { id: true, slug: true, name: true } });
  const group = groups.find((candidate) => candidate.id === idOrSlug || candidate.slug === idOrSlug);
  if (!group) throw notFound(`Working group "${idOrSlug}"`);
  return { id: group.id, name: group.name };
}
