import { queryOptions, useQuery } from "@tanstack/react-query";
import type { BranchMembership, BranchResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";

export function getBranch(slug: string, signal?: AbortSignal): Promise<BranchResponse> {
  return apiFetch<BranchResponse>(`/api/branches/${encodeURIComponent(slug)}`, { signal });
}

export function branchQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ["branches", slug],
    queryFn: ({ signal }) => getBranch(slug, signal),
    select: (data) => data.branch,
  });
}

/** `known` is the same branch from the session, shown while the fresh copy loads so the shell doesn't flash. */
export function useBranch(slug: string, known?: BranchMembership) {
  return useQuery({
    ...branchQueryOptions(slug),
    placeholderData: known && { branch: known },
  });
}
