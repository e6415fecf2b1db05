import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InvitationResponse, InvitationsResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";
import { peopleKeys } from "./keys.ts";

export function listInvitations(slug: string, signal?: AbortSignal): Promise<InvitationsResponse> {
  return apiFetch<InvitationsResponse>(`${branchPath(slug)}/invitations`, { signal });
}

/** The branch's invitations with their state; only the secretary may read them (enabled: false for others). */
export function useInvitations(slug: string, enabled: boolean) {
  return useQuery({ queryKey: peopleKeys.invitations(slug), queryFn: ({ signal }) => listInvitations(slug, signal), select: (data) => data.invitations, enabled });
}

export function invitationAction(slug: string, id: string, action: "resend" | "revoke"): Promise<InvitationResponse> {
  return apiFetch<InvitationResponse>(`${branchPath(slug)}/invitations/${encodeURIComponent(id)}/${action}`, { method: "POST" });
}

export function useInvitationAction(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: "resend" | "revoke" }) => invitationAction(slug, id, action),
    onSettled: () => client.invalidateQueries({ queryKey: peopleKeys.invitations(slug) }),
  });
}

/** A new invitation for a member without an account or an open invitation (secretary): by mail, or a letter code without email. */
export function invitePerson(slug: string, personId: string): Promise<InvitationResponse> {
  return apiFetch<InvitationResponse>(`${branchPath(slug)}/people/${encodeURIComponent(personId)}/invitation`, { method: "POST" });
}

export function useInvitePerson(slug: string, personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => invitePerson(slug, personId),
    onSettled: () => client.invalidateQueries({ queryKey: peopleKeys.invitations(slug) }),
  });
}
