import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SecretaryInvitationBody, SecretaryInvitationResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { adminKeys } from "./keys.ts";

export function inviteSecretary(slug: string, body: SecretaryInvitationBody): Promise<SecretaryInvitationResponse> {
  return apiFetch<SecretaryInvitationResponse>(`/api/admin/branches/${encodeURIComponent(slug)}/secretary-invitation`, { method: "POST", body });
}

export function useInviteSecretary(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SecretaryInvitationBody) => inviteSecretary(slug, body),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.branches() }),
  });
}
