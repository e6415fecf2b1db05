import type { BranchRole } from "@afdelingsplanner/shared";
import type { InvitationState, InvitationView, PersonStatus, PersonView } from "@afdelingsplanner/shared/schemas";
import { toIsoDate } from "../../lib/dates.ts";

export const personSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  active: true,
  joinedOn: true,
  leftOn: true,
  shareContact: true,
  erasedAt: true,
  userId: true,
  version: true,
  roles: { select: { role: true } },
  workingGroups: { select: { role: true, workingGroupId: true, workingGroup: { select: { slug: true, name: true } } } },
} as const;

export interface PersonRow {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  active: boolean;
  joinedOn: Date;
  leftOn: Date | null;
  shareContact: boolean;
  erasedAt: Date | null;
  userId: string | null;
  version: number;
  roles: { role: string }[];
  workingGroups: { role: string; workingGroupId: string; workingGroup: { slug: string; name: string } }[];
}

/** An erased person has always left; "erased" tells the list they are now only a pseudonym. */
export const statusOn = (leftOn: Date | null, today: string, erasedAt: Date | null = null): PersonStatus =>
  erasedAt ? "erased" : leftOn && toIsoDate(leftOn) <= today ? "left" : "active";

export function personView(person: PersonRow, today: string, showContact: boolean): PersonView {
  const status = statusOn(person.leftOn, today, person.erasedAt);
  return {
    id: person.id,
    name: person.name,
    email: showContact ? person.email : null,
    phone: showContact ? person.phone : null,
    active: status === "active",
    status,
    joinedOn: toIsoDate(person.joinedOn),
    leftOn: person.leftOn ? toIsoDate(person.leftOn) : null,
    roles: person.roles.map((entry) => entry.role as BranchRole).sort(),
    workingGroups: person.workingGroups
      .map((entry) => ({ slug: entry.workingGroup.slug, name: entry.workingGroup.name, role: entry.role }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl")),
    hasAccount: person.userId !== null,
    version: person.version,
  };
}

export interface InvitationRow {
  id: string;
  personId: string;
  email: string | null;
  codeHash: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  person: { name: string };
}

export const invitationSelect = { id: true, personId: true, email: true, codeHash: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true, person: { select: { name: true } } } as const;

/** The state by the app's clock: accepted and revoked are facts; an open one is sent until it expires. */
export function invitationState(invitation: Pick<InvitationRow, "acceptedAt" | "revokedAt" | "expiresAt">, now: Date): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "sent";
}

export function invitationView(invitation: InvitationRow, now: Date): InvitationView {
  return {
    id: invitation.id,
    personId: invitation.personId,
    personName: invitation.person.name,
    email: invitation.email,
    kind: invitation.codeHash ? "letter" : "email",
    state: invitationState(invitation, now),
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
  };
}
