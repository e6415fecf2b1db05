import { queryOptions, useQuery } from "@tanstack/react-query";
import type { PeopleResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";

export function getPeople(slug: string, signal?: AbortSignal): Promise<PeopleResponse> {
  return apiFetch<PeopleResponse>(`/api/branches/${encodeURIComponent(slug)}/people`, { signal });
}

export function peopleQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ["branches", slug, "people"],
    queryFn: ({ signal }) => getPeople(slug, signal),
    select: (data) => data.people,
  });
}

export function usePeople(slug: string) {
  return useQuery(peopleQueryOptions(slug));
}
