import type { BranchRole, WorkingGroupRole } from "@afdelingsplanner/shared";
import type { PersonView, WorkingGroupView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import { toIsoDate } from "../../lib/dates.ts";


/** Members of one branch. Selects explicit columns: account and password data never leave. */
export async function listPeople(db: Database, branchId: string): Promise<PersonView[]> {
  const people = await db.person.findMany({
    where: { branchId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, phone: true, active: true, joinedOn: true, roles: { select: { role: true } } },
  });
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    email: person.email,
    phone: person.phone,
    active: person.active,
    joinedOn: toIsoDate(person.joinedOn),
    roles: person.roles.map((entry) => entry.role as BranchRole),
  }));
}

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
