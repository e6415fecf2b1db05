import { useMutation } from "@tanstack/react-query";
import type { ChangePasswordBody, SessionResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { startSession } from "../../../lib/session.ts";

export function changePassword(body: ChangePasswordBody): Promise<SessionResponse> {
  return apiFetch<SessionResponse>("/api/me/password", { method: "POST", body });
}

/** The server ends every session and answers with a fresh one for this tab, which takes over here. */
export function useChangePassword() {
  return useMutation({ mutationFn: changePassword, onSuccess: startSession });
}
