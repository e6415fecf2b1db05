import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { AuditEntityType, AuditLogResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";

/** The filters of the log, as kept in the page's URL. Empty strings mean "all". */
export interface AuditLogFilters {
  entityType: AuditEntityType | "";
  actor: string;
  from: string;
  to: string;
}

const PAGE_SIZE = 50;

export const auditLogKeys = {
  all: (slug: string) => ["branches", slug, "audit-log"] as const,
  list: (slug: string, filters: AuditLogFilters) => [...auditLogKeys.all(slug), filters] as const,
};

function queryString(filters: AuditLogFilters, before: string | null): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const key of ["entityType", "actor", "from", "to"] as const) if (filters[key]) params.set(key, filters[key]);
  if (before) params.set("before", before);
  return params.toString();
}

export function auditLogQueryOptions(slug: string, filters: AuditLogFilters) {
  return infiniteQueryOptions({
    queryKey: auditLogKeys.list(slug, filters),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<AuditLogResponse>(`/api/branches/${encodeURIComponent(slug)}/audit-log?${queryString(filters, pageParam)}`, { signal }),
    initialPageParam: null as string | null,
    // "Meer laden" asks for the entries older than the last one shown.
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The branch's audit log, newest first, one page of 50 at a time. */
export const useAuditLog = (slug: string, filters: AuditLogFilters, enabled: boolean) => useInfiniteQuery({ ...auditLogQueryOptions(slug, filters), enabled });
