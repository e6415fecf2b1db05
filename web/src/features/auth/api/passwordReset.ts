import { useMutation } from "@tanstack/react-query";
import type { AcceptedResponse, PasswordResetConfirmBody, PasswordResetRequestBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";

export function requestPasswordReset(body: PasswordResetRequestBody): Promise<AcceptedResponse> {
  return apiFetch<AcceptedResponse>("/api/auth/password-reset", { method: "POST", body });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function confirmPasswordReset(body: PasswordResetConfirmBody): Promise<void> {
  return apiFetch<void>("/api/auth/password-reset/confirm", { method: "POST", body });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
