import { queryOptions, useQuery } from "@tanstack/react-query";
import type { RosterHistoryResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, rosterKeys } from "./keys.ts";

export function getRosterHistory(slug: string, signal?: AbortSignal): Promise<RosterHistoryResponse> {
  return apiFetch<RosterHistoryResponse>(`${branchPath(slug)}/roster/history`, { signal });
}

export function rosterHistoryQueryOptions(slug: string) {
  return queryOptions({
    queryKey: rosterKeys.history(slug),
    queryFn: ({ signal }) => getRosterHistory(slug, signal),
    select: (data) => data.events,
  });
}

export function useRosterHistory(slug: string) {
  return useQuery(rosterHistoryQueryOptions(slug));
}
