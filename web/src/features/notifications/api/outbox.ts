import { queryOptions, useQuery } from "@tanstack/react-query";
import type { OutboxResponse, OutboxStatus } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";

export const outboxKeys = {
  all: (slug: string) => ["branches", slug, "outbox"] as const,
};

export function outboxQueryOptions(slug: string, status: OutboxStatus | null) {
  return queryOptions({
    queryKey: [...outboxKeys.all(slug), status ?? "all"],
    queryFn: ({ signal }) => apiFetch<OutboxResponse>(`${branchPath(slug)}/outbox${status ? `?status=${status}` : ""}`, { signal }),
    // Mail leaves within seconds of being written: keep the states fresh while the page is open.
    refetchInterval: 15_000,
  });
}

/** The branch's outgoing mail, newest first (only one state's, when given), the counts per state, and whether this server sends mail at all (secretary). */
export const useOutbox = (slug: string, status: OutboxStatus | null = null) => useQuery(outboxQueryOptions(slug, status));
