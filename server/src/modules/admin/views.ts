import type { AdminBranchView } from "@afdelingsplanner/shared/schemas";
import { invitationSelect, invitationView } from "../people/index.ts";

/** A branch as the platform admin's list shows it, with the newest invitation to one of its secretaries. */
export const adminBranchSelect = {
  id: true,
  slug: true,
  name: true,
  timeZone: true,
  createdAt: true,
  _count: { select: { people: true } },
  invitations: {
    where: { person: { roles: { some: { role: "secretary" } } } },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: invitationSelect,
  },
} as const;

interface AdminBranchRow {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  createdAt: Date;
  _count: { people: number };
  invitations: Parameters<typeof invitationView>[0][];
}

export function adminBranchView(branch: AdminBranchRow, now: Date): AdminBranchView {
  const invitation = branch.invitations[0];
  return {
    id: branch.id,
    slug: branch.slug,
    name: branch.name,
    timeZone: branch.timeZone,
    peopleCount: branch._count.people,
    createdAt: branch.createdAt.toISOString(),
    secretaryInvitation: invitation ? invitationView(invitation, now) : null,
  };
}
