import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AdminBranchResponse, BranchCreateBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch, refreshSession } from "../../../lib/api.ts";
import { adminKeys } from "./keys.ts";

export function createBranch(body: BranchCreateBody): Promise<AdminBranchResponse> {
  return apiFetch<AdminBranchResponse>("/api/admin/branches", { method: "POST", body });
}

export function useCreateBranch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createBranch,
    onSuccess: async () => {
      // The session lists the branches the admin may open; a fresh one includes the new branch.
      await Promise.all([client.invalidateQueries({ queryKey: adminKeys.branches() }), refreshSession()]);
    },
  });
}
