import { useMutation } from "@tanstack/react-query";
import type { EmailChangeConfirmBody, EmailChangeConfirmResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";

export function confirmEmailChange(body: EmailChangeConfirmBody): Promise<EmailChangeConfirmResponse> {
  return apiFetch<EmailChangeConfirmResponse>("/api/auth/email-change/confirm", { method: "POST", body });
}

export function useConfirmEmailChange() {
  return useMutation({ mutationFn: confirmEmailChange });
}
