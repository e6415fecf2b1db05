import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { PeopleQuery, PeopleResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";
import { peopleKeys } from "./keys.ts";

export function listPeople(slug: string, query: PeopleQuery, signal?: AbortSignal): Promise<PeopleResponse> {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "")).toString();
  return apiFetch<PeopleResponse>(`${branchPath(slug)}/people${search ? `?${search}` : ""}`, { signal });
}

/** The members' list with filters; contact details only where the server sends them. */
export function usePeopleList(slug: string, query: PeopleQuery) {
  return useQuery({ queryKey: peopleKeys.list(slug, query), queryFn: ({ signal }) => listPeople(slug, query, signal), select: (data) => data.people, placeholderData: keepPreviousData });
}
