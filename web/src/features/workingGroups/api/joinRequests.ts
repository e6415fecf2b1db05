import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { JoinRequestBody, JoinRequestDecisionBody, JoinRequestResponse, JoinRequestsResponse, ManagedWorkingGroupResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { wgKeys } from "./keys.ts";
import { groupPath, refreshGroups } from "./manageGroups.ts";

/** Requests to join that wait for an answer; only for who may answer them. */
export function useJoinRequests(slug: string, groupId: string, enabled: boolean) {
  return useQuery({
    queryKey: wgKeys.joinRequests(slug, groupId),
    queryFn: ({ signal }) => apiFetch<JoinRequestsResponse>(`${groupPath(slug, groupId)}/join-requests`, { signal }),
    select: (data) => data.joinRequests,
    enabled,
  });
}

export function useAskToJoin(slug: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JoinRequestBody) => apiFetch<JoinRequestResponse>(`${groupPath(slug, groupId)}/join-requests`, { method: "POST", body }),
    onSuccess: () => refreshGroups(queryClient, slug),
  });
}

export function useDecideJoinRequest(slug: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, decision }: { requestId: string } & JoinRequestDecisionBody) =>
      apiFetch<ManagedWorkingGroupResponse>(`${groupPath(slug, groupId)}/join-requests/${encodeURIComponent(requestId)}/decision`, { method: "POST", body: { decision } }),
    onSuccess: () => refreshGroups(queryClient, slug),
  });
}

export function useWithdrawJoinRequest(slug: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) => apiFetch<null>(`${groupPath(slug, groupId)}/join-requests/${encodeURIComponent(requestId)}`, { method: "DELETE" }),
    onSuccess: () => refreshGroups(queryClient, slug),
  });
}
