import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { MeetingKind, OccurrencesResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { agendaKeys, branchPath } from "./keys.ts";

export interface OccurrencesFilter {
  from: string;
  to: string;
  kind: MeetingKind | null;
  workingGroup: string | null;
  mine: boolean;
}

export function getOccurrences(slug: string, filter: OccurrencesFilter, signal?: AbortSignal): Promise<OccurrencesResponse> {
  const query = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.kind) query.set("kind", filter.kind);
  if (filter.workingGroup) query.set("workingGroup", filter.workingGroup);
  if (filter.mine) query.set("mine", "true");
  return apiFetch<OccurrencesResponse>(`${branchPath(slug)}/occurrences?${query}`, { signal });
}

export function occurrencesQueryOptions(slug: string, filter: OccurrencesFilter) {
  return queryOptions({
    queryKey: [...agendaKeys.occurrences(slug), filter],
    queryFn: ({ signal }) => getOccurrences(slug, filter, signal),
    select: (data) => data.occurrences,
  });
}

/** Keeps the previous period on screen while the next one loads, so paging doesn't flash. */
export function useOccurrences(slug: string, filter: OccurrencesFilter) {
  return useQuery({ ...occurrencesQueryOptions(slug, filter), placeholderData: keepPreviousData });
}
