import type { BranchMembership } from "@afdelingsplanner/shared/schemas";

/** Board members plan meetings; the server checks this again on every write. */
export function canPlan(branch: BranchMembership): boolean {
  return branch.roles.includes("board_member");
}
