import { queryOptions, useQuery } from "@tanstack/react-query";
import type { BoardResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";

export function getBoard(slug: string, signal?: AbortSignal): Promise<BoardResponse> {
  return apiFetch<BoardResponse>(`/api/branches/${encodeURIComponent(slug)}/board`, { signal });
}

export function boardQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ["branches", slug, "board"],
    queryFn: ({ signal }) => getBoard(slug, signal),
  });
}

export function useBoard(slug: string) {
  return useQuery(boardQueryOptions(slug));
}
