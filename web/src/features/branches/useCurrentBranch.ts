import { useOutletContext } from "react-router-dom";
import type { BranchMembership } from "@afdelingsplanner/shared/schemas";

/** The branch loaded by <BranchLayout>; only valid in pages rendered under /a/:slug. */
export function useCurrentBranch(): BranchMembership {
  return useOutletContext<BranchMembership>();
}
