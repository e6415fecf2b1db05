import { queryOptions, useQuery } from "@tanstack/react-query";
import type { WorkingGroupOverviewResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

export function getOverview(slug: string, signal?: AbortSignal): Promise<WorkingGroupOverviewResponse> {
  return apiFetch<WorkingGroupOverviewResponse>(`${branchPath(slug)}/working-groups/overview`, { signal });
}

export function overviewQueryOptions(slug: string) {
  return queryOptions({ queryKey: wgKeys.overview(slug), queryFn: ({ signal }) => getOverview(slug, signal) });
}

export function useOverview(slug: string) {
  return useQuery(overviewQueryOptions(slug));
}
