import { groupRoles, type GoalStatus, type WorkingGroupRole } from "@afdelingsplanner/shared";
import { type WorkingGroupOverview } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../../db/client.ts";
import { mayLogFor, mayManageGroup, type Actor } from "./access.ts";
import { goalStatuses } from "./views.ts";
import type { BranchScope } from "../../../lib/clock.ts";

const ROLE_ORDER: Record<WorkingGroupRole, number> = { chair: 0, convener: 1, action_list_keeper: 2, member: 3 };

interface MemberRow {
  workingGroupId: string;
  role: WorkingGroupRole;
  personId: string;
  name: string;
  isBoardMember: boolean;
}

/**
 * The working groups with their members, and the goals' statuses on `today`: the same for every member.
 * The members come in one statement (Prisma's nested select made three: members, people, their roles),
 * and only the goals' statuses are worked out, not their whole views.
 */
async function loadOverviewData(db: Database, branchId: string, today: string) {
  const [groups, members, goals] = await Promise.all([
    db.workingGroup.findMany({ where: { branchId, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, description: true } }),
    db.$queryRaw<MemberRow[]>`
      SELECT m."workingGroupId", m.role::text AS role, p.id AS "personId", p.name,
             EXISTS (SELECT 1 FROM "BranchRole" r WHERE r."personId" = p.id AND r.role = 'board_member') AS "isBoardMember"
      FROM "WorkingGroupMember" m JOIN "Person" p ON p.id = m."personId"
      WHERE m."branchId" = ${branchId}::uuid`,
    goalStatuses(db, branchId, today),
  ]);
  return { groups, members, goals };
}

/** Every active (not archived) working group with its roles, whether it runs without the board, its goals by status, and what the caller may do. */
export async function workingGroupOverview(db: Database, branch: BranchScope, actor: Actor, cached?: <T>(key: string, load: () => Promise<T>) => Promise<T>) {
  const today = branch.today;
  // Only `you` below depends on the caller, so the branch's part is what gets cached.
  const load = () => loadOverviewData(db, branch.id, today);
  const { groups, members: allMembers, goals } = await (cached ? cached(`working-group-overview:${branch.id}:${today}`, load) : load());
  const workingGroups: WorkingGroupOverview[] = groups.map((group) => {
    const members = allMembers
      .filter((member) => member.workingGroupId === group.id)
      .map((member) => ({ personId: member.personId, name: member.name, role: member.role, isBoardMember: member.isBoardMember }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, "nl"));
    const goalCounts: Record<GoalStatus, number> = { on_track: 0, behind: 0, done: 0, overdue: 0 };
    for (const goal of goals) if (goal.workingGroupId === group.id) goalCounts[goal.status] += 1;
    return {
      id: group.id,
      slug: group.slug,
      name: group.name,
      description: group.description,
      ...groupRoles(members),
      members,
      goalCounts,
      you: { manage: mayManageGroup(actor, group.id), log: mayLogFor(actor, group.id) },
    };
  });
  return { today, workingGroups };
}
