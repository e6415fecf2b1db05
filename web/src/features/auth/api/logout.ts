import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../lib/api.ts";
import { endSession } from "../../../lib/session.ts";

export function logout(): Promise<void> {
  return apiFetch<void>("/api/auth/logout", { method: "POST" });
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    // Sign out locally even if the request failed: the user asked to leave, and the token is dropped either way.
    onSettled: () => endSession("signed-out"),
  });
}
