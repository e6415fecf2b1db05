import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GoalsResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

/** `group` is the working group's id; the same key is filled from an activity's response. */
export function getGoals(slug: string, group: string, signal?: AbortSignal): Promise<GoalsResponse> {
  const query = new URLSearchParams({ workingGroup: group });
  return apiFetch<GoalsResponse>(`${branchPath(slug)}/goals?${query}`, { signal });
}

export function goalsQueryOptions(slug: string, group: string) {
  return queryOptions({ queryKey: wgKeys.goals(slug, group), queryFn: ({ signal }) => getGoals(slug, group, signal) });
}

export function useGoals(slug: string, group: string) {
  return useQuery(goalsQueryOptions(slug, group));
}
