import { firstFreeSlug, workingGroupSlug, type WorkingGroupRole } from "@afdelingsplanner/shared";
import type {
  GroupMemberAddBody,
  JoinRequestBody,
  JoinRequestDecisionBody,
  JoinRequestView,
  ManagedWorkingGroup,
  WorkingGroupCreateBody,
  WorkingGroupsManageResponse,
  WorkingGroupUpdateBody,
} from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../../db/client.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import type { AuditActor } from "../../../lib/access.ts";
import { changedFields, recordAudit } from "../../../lib/audit.ts";
import type { BranchScope } from "../../../lib/clock.ts";
import { toIsoDate } from "../../../lib/dates.ts";
import { badRequest, conflict, forbidden, notFound, staleVersion } from "../../../lib/errors.ts";
import { groupSelect, groupView, joinRequestSelect, joinRequestView, mayManageMembers, type Caller, type GroupRow } from "./views.ts";

type Tx = Prisma.TransactionClient;

const GROUP_NAME_MAX_SLUG = 64;

/** The caller's standing: editor (secretary or board member) and their role in each group they are in. */
export async function loadCaller(db: Database | Tx, branch: BranchScope): Promise<Caller> {
  const memberships = branch.personId
    ? await db.workingGroupMember.findMany({ where: { branchId: branch.id, personId: branch.personId }, select: { workingGroupId: true, role: true } })
    : [];
  return {
    personId: branch.personId,
    editor: branch.personId !== null && (branch.roles.includes("secretary") || branch.roles.includes("board_member")),
    roleIn: new Map(memberships.map((membership) => [membership.workingGroupId, membership.role])),
  };
}

/** A working group of this branch; another branch's id is as unknown as a made-up one (404). */
async function findGroup(db: Database | Tx, branchId: string, groupId: string): Promise<GroupRow> {
  const group = await db.workingGroup.findFirst({ where: { id: groupId, branchId }, select: groupSelect });
  if (!group) throw notFound("Working group");
  return group;
}

const archived = (group: { name: string }) =>
  conflict(`${group.name} is archived: it takes no new members, roles or join requests. Bring it back from the archive first.`, "WORKING_GROUP_ARCHIVED");

function assertActive(group: GroupRow): void {
  if (group.archivedAt) throw archived(group);
}

function assertMayManageMembers(caller: Caller, group: GroupRow): void {
  if (!mayManageMembers(caller, group.id)) {
    throw forbidden(`Only the secretary, a board member, or the chair or convener of ${group.name} may change its members or answer its join requests.`, "GROUP_MEMBERSHIP_MANAGERS_ONLY");
  }
}

/** Chair, convener and action-list keeper are named by the secretary or the board; a group's own convener adds plain members. */
function assertMaySetRole(caller: Caller, role: WorkingGroupRole): void {
  if (role !== "member" && !caller.editor) {
    throw forbidden("Only the secretary or a board member may name a working group's chair, convener or action-list keeper. Add the person as a member.", "ROLE_REQUIRED");
  }
}

function cleanName(name: string): { name: string; slug: string } {
  const cleaned = name.trim().replace(/\s+/g, " ");
  const slug = workingGroupSlug(cleaned, GROUP_NAME_MAX_SLUG);
  if (!slug) throw badRequest(`"name" (${JSON.stringify(name)}) has no letters or digits. Give the working group a name such as "Wonen".`, "INVALID_WORKING_GROUP_NAME");
  return { name: cleaned, slug };
}

async function assertNameFree(tx: Tx, branchId: string, name: string, exceptId?: string): Promise<void> {
  const taken = await tx.workingGroup.findFirst({
    where: { branchId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { archivedAt: true },
  });
  if (taken) {
    const where = taken.archivedAt ? " in the archive: bring that one back instead" : "";
    throw conflict(`There is already a working group called "${name}"${where}. Choose another name.`, "WORKING_GROUP_NAME_TAKEN");
  }
}

/** A person of this branch who is still a member (not left, not erased), for adding to a group. */
async function activePerson(tx: Tx, branch: BranchScope, personId: string, inBody: boolean): Promise<{ id: string; name: string }> {
  const person = await tx.person.findFirst({ where: { id: personId, branchId: branch.id }, select: { id: true, name: true, leftOn: true, erasedAt: true } });
  if (!person) {
    if (inBody) throw badRequest(`Person ${personId} is not a member of this branch. Pick someone from the member list.`, "UNKNOWN_PERSON");
    throw notFound("Person");
  }
  if (person.erasedAt || (person.leftOn && toIsoDate(person.leftOn) <= branch.today)) {
    throw conflict(`${person.name} has left the branch, so they cannot join a working group.`, "PERSON_HAS_LEFT");
  }
  return { id: person.id, name: person.name };
}

/** One group as the caller sees it, with its pending requests counted. */
async function viewOf(db: Database | Tx, branch: BranchScope, caller: Caller, groupId: string): Promise<ManagedWorkingGroup> {
  const [group, pending] = await Promise.all([
    findGroup(db, branch.id, groupId),
    db.workingGroupJoinRequest.findMany({ where: { branchId: branch.id, workingGroupId: groupId, status: "pending" }, select: { id: true, personId: true } }),
  ]);
  const own = pending.find((request) => request.personId === caller.personId);
  return groupView(group, branch, caller, { pendingRequests: pending.length, ownPendingRequestId: own?.id ?? null });
}

/** Every working group of the branch, active and archived, with what the caller may do in each. */
export async function listGroups(db: Database, branch: BranchScope): Promise<WorkingGroupsManageResponse> {
  const [caller, groups, pending] = await Promise.all([
    loadCaller(db, branch),
    db.workingGroup.findMany({ where: { branchId: branch.id }, orderBy: { name: "asc" }, select: groupSelect }),
    db.workingGroupJoinRequest.findMany({ where: { branchId: branch.id, status: "pending" }, select: { id: true, workingGroupId: true, personId: true } }),
  ]);
  const views = groups.map((group) => {
    const ofGroup = pending.filter((request) => request.workingGroupId === group.id);
    const own = ofGroup.find((request) => request.personId === caller.personId);
    return groupView(group, branch, caller, { pendingRequests: ofGroup.length, ownPendingRequestId: own?.id ?? null });
  });
  return { mayCreate: caller.editor, active: views.filter((group) => group.archivedOn === null), archived: views.filter((group) => group.archivedOn !== null) };
}

/** A new working group (secretary or board member). Its slug comes from the name and stays when it is renamed. */
export async function createGroup(db: Database, branch: BranchScope, actor: AuditActor, body: WorkingGroupCreateBody): Promise<ManagedWorkingGroup> {
  const { name, slug } = cleanName(body.name);
  const description = body.description?.trim() ?? "";
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, branch.id, name);
    const taken = await tx.workingGroup.findMany({ where: { branchId: branch.id, slug: { startsWith: slug } }, select: { slug: true } });
    const created = await tx.workingGroup.create({
      data: { branchId: branch.id, name, slug: firstFreeSlug(slug, new Set(taken.map((group) => group.slug))), description, createdAt: actor.at },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "working_group",
      entityId: created.id,
      action: "created",
      summary: `Werkgroep ${name} opgericht`,
      changes: changedFields(null, { name, slug: created.slug, description }),
    });
    return viewOf(tx, branch, await loadCaller(tx, branch), created.id);
  });
}

/** Renames a group or changes its description; the slug (and so every link to the group) stays the same. */
export async function updateGroup(db: Database, branch: BranchScope, actor: AuditActor, groupId: string, body: WorkingGroupUpdateBody): Promise<ManagedWorkingGroup> {
  return db.$transaction(async (tx) => {
    const current = await findGroup(tx, branch.id, groupId);
    assertActive(current);
    const name = body.name !== undefined ? cleanName(body.name).name : current.name;
    const description = body.description !== undefined ? body.description.trim() : current.description;
    if (name.toLowerCase() !== current.name.toLowerCase()) await assertNameFree(tx, branch.id, name, groupId);
    const updated = await tx.workingGroup.updateMany({ where: { id: groupId, branchId: branch.id, version: body.version }, data: { name, description, version: { increment: 1 } } });
    if (updated.count === 0) throw staleVersion("working group");
    const changes = changedFields({ name: current.name, description: current.description }, { name, description });
    if (Object.keys(changes).length > 0) {
      const summary = name !== current.name ? `Werkgroep ${current.name} hernoemd tot ${name}` : `Beschrijving van werkgroep ${name} gewijzigd`;
      await recordAudit(tx, { branchId: branch.id, actor, entityType: "working_group", entityId: groupId, action: name !== current.name ? "renamed" : "updated", summary, changes });
    }
    return viewOf(tx, branch, await loadCaller(tx, branch), groupId);
  });
}

/**
 * Archives a group (or brings it back). An archived group keeps its members, goals, meetings and history
 * but takes no new members, roles or join requests; archiving declines the requests still waiting.
 */
export async function setArchived(db: Database, branch: BranchScope, actor: AuditActor, groupId: string, version: number, archive: boolean): Promise<ManagedWorkingGroup> {
  return db.$transaction(async (tx) => {
    const current = await findGroup(tx, branch.id, groupId);
    if (archive && current.archivedAt) throw archived(current);
    if (!archive && !current.archivedAt) throw conflict(`${current.name} is not archived.`, "WORKING_GROUP_NOT_ARCHIVED");
    const updated = await tx.workingGroup.updateMany({
      where: { id: groupId, branchId: branch.id, version },
      data: { archivedAt: archive ? actor.at : null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleVersion("working group");
    const declined = archive
      ? await tx.workingGroupJoinRequest.updateMany({
          where: { branchId: branch.id, workingGroupId: groupId, status: "pending" },
          data: { status: "declined", decidedAt: actor.at, decidedById: branch.personId },
        })
      : { count: 0 };
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "working_group",
      entityId: groupId,
      action: archive ? "archived" : "unarchived",
      summary: archive ? `Werkgroep ${current.name} gearchiveerd` : `Werkgroep ${current.name} uit het archief gehaald`,
      changes: { archived: { from: !archive, to: archive }, ...(declined.count > 0 ? { declinedJoinRequests: { from: null, to: declined.count } } : {}) },
    });
    return viewOf(tx, branch, await loadCaller(tx, branch), groupId);
  });
}

/** Adds a member (the secretary, a board member, or the group's chair or convener; only the first two name roles). */
export async function addMember(db: Database, branch: BranchScope, actor: AuditActor, groupId: string, body: GroupMemberAddBody): Promise<ManagedWorkingGroup> {
  const role = body.role ?? "member";
  return db.$transaction(async (tx) => {
    const group = await findGroup(tx, branch.id, groupId);
    const caller = await loadCaller(tx, branch);
    assertMayManageMembers(caller, group);
    assertMaySetRole(caller, role);
    assertActive(group);
    const person = await activePerson(tx, branch, body.personId, true);
    if (group.members.some((member) => member.personId === person.id)) {
      throw conflict(`${person.name} is already in ${group.name}. Change their role instead.`, "ALREADY_IN_WORKING_GROUP");
    }
    await tx.workingGroupMember.create({ data: { branchId: branch.id, workingGroupId: groupId, personId: person.id, role } });
    // A request of theirs that was still waiting is answered by this.
    await tx.workingGroupJoinRequest.updateMany({
      where: { branchId: branch.id, workingGroupId: groupId, personId: person.id, status: "pending" },
      data: { status: "accepted", decidedAt: actor.at, decidedById: branch.personId },
    });
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "working_group_member",
      entityId: groupId,
      action: "added",
      summary: `${person.name} toegevoegd aan werkgroep ${group.name}`,
      changes: changedFields(null, { person: person.name, role }),
    });
    return viewOf(tx, branch, caller, groupId);
  });
}

/** Names a member chair, convener, action-list keeper or plain member (secretary or board member). */
export async function setMemberRole(db: Database, branch: BranchScope, actor: AuditActor, groupId: string, personId: string, role: WorkingGroupRole): Promise<ManagedWorkingGroup> {
  return db.$transaction(async (tx) => {
    const group = await findGroup(tx, branch.id, groupId);
    const member = group.members.find((candidate) => candidate.personId === personId);
    if (!member) throw notFound("Member of this working group");
    assertActive(group);
    if (member.role !== role) {
      await tx.workingGroupMember.update({ where: { workingGroupId_personId: { workingGroupId: groupId, personId } }, data: { role } });
      await recordAudit(tx, {
        branchId: branch.id,
        actor,
        entityType: "working_group_member",
        entityId: groupId,
        action: "role_changed",
        summary: `Rol van ${member.person.name} in werkgroep ${group.name} gewijzigd`,
        changes: { person: { from: member.person.name, to: member.person.name }, role: { from: member.role, to: role } },
      });
    }
    return viewOf(tx, branch, await loadCaller(tx, branch), groupId);
  });
}

/** Removes a member. The group's chair or convener may remove plain members; the roles are for the secretary or the board. */
export async function removeMember(db: Database, branch: BranchScope, actor: AuditActor, groupId: string, personId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await findGroup(tx, branch.id, groupId);
    const member = group.members.find((candidate) => candidate.personId === personId);
    if (!member) throw notFound("Member of this working group");
    const caller = await loadCaller(tx, branch);
    assertMayManageMembers(caller, group);
    assertMaySetRole(caller, member.role);
    assertActive(group);
    await tx.workingGroupMember.delete({ where: { workingGroupId_personId: { workingGroupId: groupId, personId } } });
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "working_group_member",
      entityId: groupId,
      action: "removed",
      summary: `${member.person.name} uit werkgroep ${group.name} gehaald`,
      changes: changedFields({ person: member.person.name, role: member.role }, null),
    });
  });
}

/** The requests to join a group that wait for an answer, oldest first (who may answer them). */
export async function listJoinRequests(db: Database, branch: BranchScope, groupId: string): Promise<JoinRequestView[]> {
  const group = await findGroup(db, branch.id, groupId);
  assertMayManageMembers(await loadCaller(db, branch), group);
  const requests = await db.workingGroupJoinRequest.findMany({
    where: { branchId: branch.id, workingGroupId: groupId, status: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: joinRequestSelect,
  });
  return requests.map(joinRequestView);
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** A member asks to join a group; one waiting request per person and group (also guarded by a unique index). */
export async function requestToJoin(db: Database, branch: BranchScope, actor: AuditActor, groupId: string, body: JoinRequestBody): Promise<JoinRequestView> {
  const personId = branch.personId;
  if (!personId) throw forbidden("Only members of this branch may ask to join a working group.", "MEMBERS_ONLY");
  const pendingAlready = () => conflict("You have already asked to join this working group. Wait for the answer, or withdraw your request first.", "JOIN_REQUEST_PENDING");
  try {
    return await db.$transaction(async (tx) => {
      const group = await findGroup(tx, branch.id, groupId);
      assertActive(group);
      if (group.members.some((member) => member.personId === personId)) {
        throw conflict(`You are already in ${group.name}.`, "ALREADY_IN_WORKING_GROUP");
      }
      const waiting = await tx.workingGroupJoinRequest.findFirst({ where: { branchId: branch.id, workingGroupId: groupId, personId, status: "pending" }, select: { id: true } });
      if (waiting) throw pendingAlready();
      const created = await tx.workingGroupJoinRequest.create({
        data: { branchId: branch.id, workingGroupId: groupId, personId, message: body.message?.trim() ?? "", createdAt: actor.at },
        select: joinRequestSelect,
      });
      await recordAudit(tx, {
        branchId: branch.id,
        actor,
        entityType: "working_group_join_request",
        entityId: created.id,
        action: "requested",
        summary: `${created.person.name} meldde zich aan voor werkgroep ${group.name}`,
        changes: changedFields(null, { workingGroup: group.name, message: created.message }),
      });
      return joinRequestView(created);
    });
  } catch (error) {
    // Two requests at the same moment: the partial unique index lets only one through.
    if (isUniqueViolation(error)) throw pendingAlready();
    throw error;
  }
}

async function findJoinRequest(tx: Tx, branchId: string, groupId: string, requestId: string) {
  const request = await tx.workingGroupJoinRequest.findFirst({ where: { id: requestId, branchId, workingGroupId: groupId }, select: joinRequestSelect });
  if (!request) throw notFound("Join request");
  return request;
}

const alreadyAnswered = () => conflict("This join request has already been answered or withdrawn. Reload to see its state.", "REQUEST_ALREADY_ANSWERED");

/** The group's chair or convener (or the secretary, a board member) says yes (the person becomes a member) or no. */
export async function decideJoinRequest(
  db: Database,
  branch: BranchScope,
  actor: AuditActor,
  groupId: string,
  requestId: string,
  body: JoinRequestDecisionBody,
): Promise<ManagedWorkingGroup> {
  return db.$transaction(async (tx) => {
    const group = await findGroup(tx, branch.id, groupId);
    const request = await findJoinRequest(tx, branch.id, groupId, requestId);
    const caller = await loadCaller(tx, branch);
    assertMayManageMembers(caller, group);
    assertActive(group);
    if (request.status !== "pending") throw alreadyAnswered();
    const accept = body.decision === "accept";
    if (accept) await activePerson(tx, branch, request.personId, false);
    // Conditional on still pending: of two answers at the same moment, only one counts.
    const updated = await tx.workingGroupJoinRequest.updateMany({
      where: { id: requestId, branchId: branch.id, status: "pending" },
      data: { status: accept ? "accepted" : "declined", decidedAt: actor.at, decidedById: branch.personId },
    });
    if (updated.count === 0) throw alreadyAnswered();
    if (accept) {
      await tx.workingGroupMember.createMany({ data: [{ branchId: branch.id, workingGroupId: groupId, personId: request.personId, role: "member" }], skipDuplicates: true });
    }
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "working_group_join_request",
      entityId: requestId,
      action: accept ? "accepted" : "declined",
      summary: accept ? `Aanmelding van ${request.person.name} voor werkgroep ${group.name} aangenomen` : `Aanmelding van ${request.person.name} voor werkgroep ${group.name} afgewezen`,
      changes: { status: { from: "pending", to: accept ? "accepted" : "declined" } },
    });
    return viewOf(tx, branch, caller, groupId);
  });
}

/** The person who asked withdraws their waiting request. */
export async function withdrawJoinRequest(db: Database, branch: BranchScope, actor: AuditActor, groupId: string, requestId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await findGroup(tx, branch.id, groupId);
    const request = await findJoinRequest(tx, branch.id, groupId, requestId);
    if (!branch.personId || request.personId !== branch.personId) throw forbidden("Only the person who asked to join can withdraw the request.", "NOT_YOUR_JOIN_REQUEST");
    const updated = await tx.workingGroupJoinRequest.updateMany({ where: { id: requestId, branchId: branch.id, status: "pending" }, data: { status: "withdrawn", decidedAt: actor.at } });
    if (updated.count === 0) throw alreadyAnswered();
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "working_group_join_request",
      entityId: requestId,
      action: "withdrawn",
      summary: `${request.person.name} trok de aanmelding voor werkgroep ${group.name} in`,
      changes: { status: { from: "pending", to: "withdrawn" } },
    });
  });
}
