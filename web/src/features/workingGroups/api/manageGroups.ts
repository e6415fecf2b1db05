import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { ManagedWorkingGroupResponse, WorkingGroupCreateBody, WorkingGroupsManageResponse, WorkingGroupUpdateBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { peopleKeys } from "../../people/index.ts";
import { branchPath, wgKeys } from "./keys.ts";

export const groupPath = (slug: string, id: string) => `${branchPath(slug)}/working-groups/${encodeURIComponent(id)}`;

export function manageQueryOptions(slug: string) {
  return queryOptions({ queryKey: wgKeys.manage(slug), queryFn: ({ signal }) => apiFetch<WorkingGroupsManageResponse>(`${branchPath(slug)}/working-groups/manage`, { signal }) });
}

/** Every working group, active and archived, with what the caller may do in each. */
export function useManagedGroups(slug: string) {
  return useQuery(manageQueryOptions(slug));
}

/**
 * A group's name, members or roles show on the Werkgroepen pages, in the pickers that list groups
 * (branches' working-groups list) and in the members' list: all refresh. Resolves when the active
 * queries have their new data, so a page opened next finds the change.
 */
export function refreshGroups(queryClient: QueryClient, slug: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: wgKeys.all(slug) }),
    queryClient.invalidateQueries({ queryKey: ["branches", slug, "working-groups"] }),
    queryClient.invalidateQueries({ queryKey: peopleKeys.all(slug) }),
  ]);
}

export function useCreateGroup(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkingGroupCreateBody) => apiFetch<ManagedWorkingGroupResponse>(`${branchPath(slug)}/working-groups`, { method: "POST", body }),
    onSuccess: () => refreshGroups(queryClient, slug),
  });
}

export function useUpdateGroup(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkingGroupUpdateBody) => apiFetch<ManagedWorkingGroupResponse>(groupPath(slug, id), { method: "PATCH", body }),
    onSuccess: () => refreshGroups(queryClient, slug),
  });
}

/** Archive (true) or bring back from the archive (false), with the version the user saw. */
export function useSetArchived(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ archive, version }: { archive: boolean; version: number }) =>
      apiFetch<ManagedWorkingGroupResponse>(`${groupPath(slug, id)}/${archive ? "archive" : "unarchive"}`, { method: "POST", body: { version } }),
    onSuccess: () => refreshGroups(queryClient, slug),
  });
}
