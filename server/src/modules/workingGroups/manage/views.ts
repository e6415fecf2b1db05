import { calendarDays, type WorkingGroupRole } from "@afdelingsplanner/shared";
import type { JoinRequestView, ManagedWorkingGroup } from "@afdelingsplanner/shared/schemas";
import type { BranchScope } from "../../../lib/clock.ts";

/** Chair (trekker) first, then the convener (bijeenroeper), the action-list keeper and the members. */
const ROLE_ORDER: Record<WorkingGroupRole, number> = { chair: 0, convener: 1, action_list_keeper: 2, member: 3 };

export const groupSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  archivedAt: true,
  version: true,
  members: { select: { personId: true, role: true, person: { select: { name: true } } } },
} as const;

export interface GroupRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  archivedAt: Date | null;
  version: number;
  members: { personId: string; role: WorkingGroupRole; person: { name: string } }[];
}

export const joinRequestSelect = {
  id: true,
  workingGroupId: true,
  personId: true,
  message: true,
  status: true,
  createdAt: true,
  person: { select: { name: true } },
} as const;

export interface JoinRequestRow {
  id: string;
  workingGroupId: string;
  personId: string;
  message: string;
  status: JoinRequestView["status"];
  createdAt: Date;
  person: { name: string };
}

/**
 * What the caller may do with working groups: the secretary and board members everything; a group's
 * chair or convener its members and join requests. `roleIn` holds the caller's role per group.
 */
export interface Caller {
  personId: string | null;
  editor: boolean;
  roleIn: ReadonlyMap<string, WorkingGroupRole>;
}

export const mayManageMembers = (caller: Caller, groupId: string) => {
  if (!caller.personId) return false;
  const role = caller.roleIn.get(groupId);
  return caller.editor || role === "chair" || role === "convener";
};

export interface GroupExtras {
  /** Pending requests to join this group. */
  pendingRequests: number;
  /** The caller's own pending request to join it, if any. */
  ownPendingRequestId: string | null;
}

export function groupView(group: GroupRow, branch: BranchScope, caller: Caller, extras: GroupExtras): ManagedWorkingGroup {
  const manageMembers = mayManageMembers(caller, group.id);
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    description: group.description,
    version: group.version,
    archivedOn: group.archivedAt ? calendarDays.todayIn(branch.timeZone, group.archivedAt) : null,
    members: group.members
      .map((member) => ({ personId: member.personId, name: member.person.name, role: member.role }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, "nl")),
    pendingRequests: manageMembers ? extras.pendingRequests : 0,
    you: {
      edit: caller.editor,
      manageMembers,
      setRoles: caller.editor,
      member: caller.roleIn.has(group.id),
      pendingRequestId: extras.ownPendingRequestId,
    },
  };
}

export function joinRequestView(row: JoinRequestRow): JoinRequestView {
  return { id: row.id, workingGroupId: row.workingGroupId, personId: row.personId, name: row.person.name, message: row.message, status: row.status, createdAt: row.createdAt.toISOString() };
}
