import type { WorkingGroupRole } from "@afdelingsplanner/shared";
import type { WorkingGroupView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";


const ROLE_ORDER: Record<WorkingGroupRole, number> = { chair: 0, convener: 1, action_list_keeper: 2, member: 3 };

export async function listWorkingGroups(db: Database, branchId: string): Promise<WorkingGroupView[]> {
  const groups = await db.workingGroup.findMany({
    where: { branchId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      members: {
        where: { branchId },
        select: {
          role: true,
          person: { select: { id: true, name: true, roles: { where: { role: "board_member" }, select: { role: true } } } },
        },
      },
    },
  });
  return groups.map((group) => ({
    id: group.id,
    slug: group.slug,
    name: group.name,
    description: group.description,
    members: group.members
      .map((member) => ({
        personId: member.person.id,
        name: member.person.name,
        role: member.role as WorkingGroupRole,
        isBoardMember: member.person.roles.length > 0,
      }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, "nl")),
  }));
}
