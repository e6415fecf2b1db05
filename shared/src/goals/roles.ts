import type { WorkingGroupRole } from "../auth/roles.ts";

export interface GroupMember {
  personId: string;
  name: string;
  role: WorkingGroupRole;
  isBoardMember: boolean;
}

export interface GroupRoles {
  /** Trekker(s). */
  chairs: GroupMember[];
  /** Who calls the meetings. */
  conveners: GroupMember[];
  /** Who keeps the actielijst. */
  actionListKeepers: GroupMember[];
  /**
   * The plan's aim: working groups that no longer need the board to lead them. True when the group has
   * a chair and no chair sits on the board; board members may still be ordinary members.
   */
  independent: boolean;
}

export function groupRoles(members: readonly GroupMember[]): GroupRoles {
  const withRole = (role: WorkingGroupRole) => members.filter((member) => member.role === role);
  const chairs = withRole("chair");
  return {
    chairs,
    conveners: withRole("convener"),
    actionListKeepers: withRole("action_list_keeper"),
    independent: chairs.length > 0 && chairs.every((chair) => !chair.isBoardMember),
  };
}
