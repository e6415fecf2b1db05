import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { RangeLoadResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { agendaKeys, branchPath } from "./keys.ts";

export function getRangeLoad(slug: string, from: string, to: string, signal?: AbortSignal): Promise<RangeLoadResponse> {
  const query = new URLSearchParams({ from, to });
  return apiFetch<RangeLoadResponse>(`${branchPath(slug)}/load?${query}`, { signal });
}

export function rangeLoadQueryOptions(slug: string, from: string, to: string) {
  return queryOptions({
    queryKey: [...agendaKeys.load(slug), from, to],
    queryFn: ({ signal }) => getRangeLoad(slug, from, to, signal),
  });
}

export function useRangeLoad(slug: string, from: string, to: string) {
  return useQuery({ ...rangeLoadQueryOptions(slug, from, to), placeholderData: keepPreviousData });
}
