import { queryOptions, useQuery } from "@tanstack/react-query";
import type { AdminBranchesResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { adminKeys } from "./keys.ts";

export function listBranches(signal?: AbortSignal): Promise<AdminBranchesResponse> {
  return apiFetch<AdminBranchesResponse>("/api/admin/branches", { signal });
}

export function useAdminBranches() {
  return useQuery(queryOptions({ queryKey: adminKeys.branches(), queryFn: ({ signal }) => listBranches(signal) }));
}
