import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BranchSettingsBody, BranchSettingsResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";

const settingsKey = (slug: string) => ["branches", slug, "settings"] as const;

export function branchSettingsQueryOptions(slug: string) {
  return queryOptions({ queryKey: settingsKey(slug), queryFn: ({ signal }) => apiFetch<BranchSettingsResponse>(`${branchPath(slug)}/settings`, { signal }), select: (data) => data.settings });
}

export function useBranchSettings(slug: string) {
  return useQuery(branchSettingsQueryOptions(slug));
}

/** Saves the settings; the clash warnings read the region on the server, so only this query follows. */
export function useUpdateBranchSettings(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BranchSettingsBody) => apiFetch<BranchSettingsResponse>(`${branchPath(slug)}/settings`, { method: "PUT", body }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey(slug), data),
  });
}
