import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { WorkingGroupRole } from "@afdelingsplanner/shared";
import type { GroupMemberAddBody, ManagedWorkingGroupResponse, PeopleResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";
import { peopleKeys } from "../../people/index.ts";
import { groupPath, refreshGroups } from "./manageGroups.ts";

/** The branch's active members, to pick who joins a group (shares the members' list cache). */
export function useActivePeople(slug: string, enabled: boolean) {
  const query = { status: "active" } as const;
  return useQuery({
    queryKey: peopleKeys.list(slug, query),
    queryFn: ({ signal }) => apiFetch<PeopleResponse>(`${branchPath(slug)}/people?status=active`, { signal }),
    select: (data) => data.people,
    enabled,
  });
}

export function useAddMember(slug: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupMemberAddBody) => apiFetch<ManagedWorkingGroupResponse>(`${groupPath(slug, groupId)}/members`, { method: "POST", body }),
    onSuccess: () => refreshGroups(queryClient, slug),
  });
}

export function useSetMemberRole(slug: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, role }: { personId: string; role: WorkingGroupRole }) =>
      apiFetch<ManagedWorkingGroupResponse>(`${groupPath(slug, groupId)}/members/${encodeURIComponent(personId)}/role`, { method: "PUT", body: { role } }),
    onSuccess: () => refreshGroups(queryClient, slug),
  });
}

export function useRemoveMember(slug: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => apiFetch<null>(`${groupPath(slug, groupId)}/members/${encodeURIComponent(personId)}`, { method: "DELETE" }),
    onSuccess: () => refreshGroups(queryClient, slug),
  });
}
