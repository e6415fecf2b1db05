import { queryOptions, useQuery } from "@tanstack/react-query";
import type { OutboxResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";

export const outboxKeys = {
  all: (slug: string) => ["branches", slug, "outbox"] as const,
};

export function outboxQueryOptions(slug: string) {
  return queryOptions({
    queryKey: outboxKeys.all(slug),
    queryFn: ({ signal }) => apiFetch<OutboxResponse>(`${branchPath(slug)}/outbox`, { signal }),
    // Mail leaves within seconds of being written: keep the states fresh while the page is open.
    refetchInterval: 15_000,
  });
}

/** The branch's outgoing mail, newest first, and whether this server sends mail at all (secretary). */
export const useOutbox = (slug: string) => useQuery(outboxQueryOptions(slug));
