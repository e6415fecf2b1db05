import { queryOptions, useQuery } from "@tanstack/react-query";
import type { SeriesResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { agendaKeys, branchPath } from "./keys.ts";

export function getSeries(slug: string, id: string, signal?: AbortSignal): Promise<SeriesResponse> {
  return apiFetch<SeriesResponse>(`${branchPath(slug)}/series/${encodeURIComponent(id)}`, { signal });
}

export function seriesQueryOptions(slug: string, id: string) {
  return queryOptions({
    queryKey: [...agendaKeys.series(slug), id],
    queryFn: ({ signal }) => getSeries(slug, id, signal),
    // The edit form starts from this copy; refetching in the background would not reach the form anyway.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useSeries(slug: string, id: string) {
  return useQuery(seriesQueryOptions(slug, id));
}
