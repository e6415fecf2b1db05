import { queryOptions, useQuery } from "@tanstack/react-query";
import type { PlanResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

export function getPlan(slug: string, signal?: AbortSignal): Promise<PlanResponse> {
  return apiFetch<PlanResponse>(`${branchPath(slug)}/plan`, { signal });
}

export function planQueryOptions(slug: string) {
  return queryOptions({ queryKey: wgKeys.plan(slug), queryFn: ({ signal }) => getPlan(slug, signal) });
}

export function usePlan(slug: string) {
  return useQuery(planQueryOptions(slug));
}
