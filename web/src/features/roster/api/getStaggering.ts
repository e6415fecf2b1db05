import { queryOptions, useQuery } from "@tanstack/react-query";
import type { StaggeringResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, rosterKeys } from "./keys.ts";

export function getStaggering(slug: string, signal?: AbortSignal): Promise<StaggeringResponse> {
  return apiFetch<StaggeringResponse>(`${branchPath(slug)}/roster/staggering`, { signal });
}

export function staggeringQueryOptions(slug: string) {
  return queryOptions({
    queryKey: rosterKeys.staggering(slug),
    queryFn: ({ signal }) => getStaggering(slug, signal),
    select: (data) => data.proposal,
  });
}

export function useStaggeringProposal(slug: string) {
  return useQuery(staggeringQueryOptions(slug));
}
