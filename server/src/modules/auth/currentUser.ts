import type { BranchMembership, BranchRole, CurrentUser } from "@afdelingsplanner/shared";
import type { Database } from "../../db/client.ts";

/**
 * The user with the branches they belong to and their roles there. A platform admin also
 * sees every other branch (without roles), so they can support branches they are not in.
 */
export async function loadCurrentUser(db: Database, userId: string): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      isPlatformAdmin: true,
      people: {
        select: {
          id: true,
          branch: { select: { id: true, slug: true, name: true, timeZone: true } },
          roles: { select: { role: true } },
        },
      },
    },
  });
  if (!user) return null;

  const branches: BranchMembership[] = user.people.map((person) => ({
    ...person.branch,
    personId: person.id,
    roles: person.roles.map((entry) => entry.role as BranchRole),
  }));
  if (user.isPlatformAdmin) {
    const memberOf = new Set(branches.map((branch) => branch.id));
    const others = await db.branch.findMany({
      where: { id: { notIn: [...memberOf] } },
      select: { id: true, slug: true, name: true, timeZone: true },
    });
    branches.push(...others.map((branch) => ({ ...branch, personId: null, roles: [] })));
  }
  branches.sort((a, b) => a.name.localeCompare(b.name, "nl"));
  return { id: user.id, name: user.name, email: user.email, isPlatformAdmin: user.isPlatformAdmin, branches };
}
