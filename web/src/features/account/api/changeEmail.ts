import { useMutation } from "@tanstack/react-query";
import type { AcceptedResponse, ChangeEmailBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";

export function changeEmail(body: ChangeEmailBody): Promise<AcceptedResponse> {
  return apiFetch<AcceptedResponse>("/api/me/email", { method: "POST", body });
}

/** Only asks: the address changes when the link sent to the new one is opened. */
export function useChangeEmail() {
  return useMutation({ mutationFn: changeEmail });
}
