import type { ApplyStaggeringBody, TermsResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath } from "./keys.ts";
import { useRosterMutation } from "./useRosterMutation.ts";

export function applyStaggering(slug: string, body: ApplyStaggeringBody): Promise<TermsResponse> {
  return apiFetch<TermsResponse>(`${branchPath(slug)}/roster/staggering`, { method: "POST", body });
}

export function useApplyStaggering(slug: string) {
  return useRosterMutation(slug, (body: ApplyStaggeringBody) => applyStaggering(slug, body));
}
