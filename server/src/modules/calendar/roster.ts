import type { BranchRoster } from "@afdelingsplanner/shared";
import type { Db } from "../../db/client.ts";

/** Who belongs to the branch as far as meeting attendance is concerned (attendeesOf): active members, the board, each working group. */
export async function loadBranchRoster(db: Db, branchId: string): Promise<BranchRoster> {
  const [people, boardRoles, memberships] = await Promise.all([
    db.person.findMany({ where: { branchId, active: true }, select: { id: true } }),
    db.branchRole.findMany({ where: { branchId, role: "board_member" }, select: { personId: true } }),
    db.workingGroupMember.findMany({ where: { branchId }, select: { workingGroupId: true, personId: true } }),
  ]);
  const membersByWorkingGroup = new Map<string, Set<string>>();
  for (const { workingGroupId, personId } of memberships) {
    membersByWorkingGroup.set(workingGroupId, (membersByWorkingGroup.get(workingGroupId) ?? new Set()).add(personId));
  }
  return {
    activePersonIds: new Set(people.map((person) => person.id)),
    boardMemberIds: new Set(boardRoles.map((role) => role.personId)),
    membersByWorkingGroup,
  };
}
