import { useMutation } from "@tanstack/react-query";
import type { AcceptInvitationBody, LinkInvitationBody, LinkInvitationResponse, SessionResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, refreshSession } from "../../../lib/api.ts";
import { startSession } from "../../../lib/session.ts";

export function acceptInvitation(body: AcceptInvitationBody): Promise<SessionResponse> {
  return apiFetch<SessionResponse>("/api/auth/invitations/accept", { method: "POST", body });
}

/** Accepting makes the account and answers with a session, which starts here like a login. */
export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation, onSuccess: startSession });
}

export function linkInvitation(body: LinkInvitationBody): Promise<LinkInvitationResponse> {
  return apiFetch<LinkInvitationResponse>("/api/auth/invitations/link", { method: "POST", body });
}

/** For someone already logged in (a member of another branch): links the account, then reloads the session so the branch shows. */
export function useLinkInvitation() {
  return useMutation({
    mutationFn: async (body: LinkInvitationBody) => {
      const linked = await linkInvitation(body);
      await refreshSession();
      return linked;
    },
  });
}
