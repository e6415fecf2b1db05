import { groupRoles, type BranchMembership, type GoalStatus, type WorkingGroupOverview, type WorkingGroupRole } from "@afdelingsplanner/shared";
import type { Database } from "../../db/client.ts";
import { mayLogFor, mayManageGroup, type Actor } from "./access.ts";
import { todayOf } from "./service.ts";
import { goalViews } from "./views.ts";

const ROLE_ORDER: Record<WorkingGroupRole, number> = { chair: 0, convener: 1, action_list_keeper: 2, member: 3 };

/** The working groups with their members, and the goals with their progress on `today`: the same for every member. */
async function loadOverviewData(db: Database, branchId: string, today: string) {
  const [groups, goals] = await Promise.all([
    db.workingGroup.findMany({
      where: { branchId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        members: { select: { role: true, person: { select: { id: true, name: true, roles: { where: { role: "board_member" }, select: { role: true } } } } } },
      },
    }),
    goalViews(db, branchId, today),
  ]);
  return { groups, goals };
}

/** Every working group with its roles, whether it runs without the board, its goals by status, and what the caller may do. */
export async function workingGroupOverview(db: Database, branch: BranchMembership, actor: Actor, cached?: <T>(key: string, load: () => Promise<T>) => Promise<T>) {
  const today = todayOf(branch);
  // Only `you` below depends on the caller, so the branch's part is what gets cached.
  const load = () => loadOverviewData(db, branch.id, today);
  const { groups, goals } = await (cached ? cached(`working-group-overview:${branch.id}:${today}`, load) : load());
  const workingGroups: WorkingGroupOverview[] = groups.map((group) => {
    const members = group.members
      .map((member) => ({ personId: member.person.id, name: member.person.name, role: member.role, isBoardMember: member.person.roles.length > 0 }))
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
