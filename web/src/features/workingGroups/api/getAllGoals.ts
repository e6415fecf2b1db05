import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GoalsResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

/** Every goal of the branch, for the cards on the Werkgroepen page. */
export function getAllGoals(slug: string, signal?: AbortSignal): Promise<GoalsResponse> {
  return apiFetch<GoalsResponse>(`${branchPath(slug)}/goals`, { signal });
}

export function allGoalsQueryOptions(slug: string) {
  return queryOptions({ queryKey: wgKeys.goals(slug, "*"), queryFn: ({ signal }) => getAllGoals(slug, signal) });
}

export function useAllGoals(slug: string) {
  return useQuery(allGoalsQueryOptions(slug));
}
