import { queryOptions, useQuery } from "@tanstack/react-query";
import type { WorkingGroupsResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";

export function getWorkingGroups(slug: string, signal?: AbortSignal): Promise<WorkingGroupsResponse> {
  return apiFetch<WorkingGroupsResponse>(`/api/branches/${encodeURIComponent(slug)}/working-groups`, { signal });
}

export function workingGroupsQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ["branches", slug, "working-groups"],
    queryFn: ({ signal }) => getWorkingGroups(slug, signal),
    select: (data) => data.workingGroups,
  });
}

export function useWorkingGroups(slug: string) {
  return useQuery(workingGroupsQueryOptions(slug));
}
