/** Roles a person can hold within one branch (afdeling). */
export const BRANCH_ROLES = ["board_member", "secretary", "member"] as const;
export type BranchRole = (typeof BRANCH_ROLES)[number];

/** Roles inside a working group: chair = trekker, convener calls meetings, action_list_keeper keeps the actielijst. */
export const WORKING_GROUP_ROLES = ["chair", "convener", "action_list_keeper", "member"] as const;
export type WorkingGroupRole = (typeof WORKING_GROUP_ROLES)[number];
