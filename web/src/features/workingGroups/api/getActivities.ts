import { queryOptions, useQuery } from "@tanstack/react-query";
import { LIMITS, type ActivitiesResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

/** A group's activities since `from`, newest first, as many as the API gives at once: enough for the chart and the recent list. */
export function getActivities(slug: string, group: string, from: string, signal?: AbortSignal): Promise<ActivitiesResponse> {
  const query = new URLSearchParams({ workingGroup: group, from, limit: String(LIMITS.workingGroups.activitiesPage.max) });
  return apiFetch<ActivitiesResponse>(`${branchPath(slug)}/activities?${query}`, { signal });
}

export function activitiesQueryOptions(slug: string, group: string, from: string) {
  return queryOptions({ queryKey: wgKeys.activities(slug, group, from), queryFn: ({ signal }) => getActivities(slug, group, from, signal) });
}

export function useActivities(slug: string, group: string, from: string, enabled = true) {
  return useQuery({ ...activitiesQueryOptions(slug, group, from), enabled });
}
