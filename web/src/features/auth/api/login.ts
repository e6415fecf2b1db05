import { useMutation } from "@tanstack/react-query";
import type { LoginBody, SessionResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { startSession } from "../../../lib/session.ts";

export function login(body: LoginBody): Promise<SessionResponse> {
  return apiFetch<SessionResponse>("/api/auth/login", { method: "POST", body });
}

export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: startSession });
}
