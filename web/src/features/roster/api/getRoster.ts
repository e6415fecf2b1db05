import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { RosterResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, rosterKeys } from "./keys.ts";

/** `asOf` null asks for today, which the server works out in the branch's time zone. */
export function getRoster(slug: string, asOf: string | null, signal?: AbortSignal): Promise<RosterResponse> {
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : "";
  return apiFetch<RosterResponse>(`${branchPath(slug)}/roster${query}`, { signal });
}

export function rosterQueryOptions(slug: string, asOf: string | null) {
  return queryOptions({
    queryKey: rosterKeys.on(slug, asOf),
    queryFn: ({ signal }) => getRoster(slug, asOf, signal),
  });
}

/** Keeps the previous date's roster on screen while another date loads, so the table does not flash. */
export function useRoster(slug: string, asOf: string | null) {
  return useQuery({ ...rosterQueryOptions(slug, asOf), placeholderData: keepPreviousData });
}
