import type { PolicyBody, PolicyResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath } from "./keys.ts";
import { useRosterMutation } from "./useRosterMutation.ts";

export function changePolicy(slug: string, body: PolicyBody): Promise<PolicyResponse> {
  return apiFetch<PolicyResponse>(`${branchPath(slug)}/roster/policy`, { method: "PUT", body });
}

export function useChangePolicy(slug: string) {
  return useRosterMutation(slug, (body: PolicyBody) => changePolicy(slug, body));
}
