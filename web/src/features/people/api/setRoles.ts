import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { PersonResponse, RolesBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";
import { peopleKeys } from "./keys.ts";

export function setRoles(slug: string, id: string, body: RolesBody): Promise<PersonResponse> {
  return apiFetch<PersonResponse>(`${branchPath(slug)}/people/${encodeURIComponent(id)}/roles`, { method: "PUT", body });
}

export function useSetRoles(slug: string, id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: RolesBody) => setRoles(slug, id, body), onSettled: () => client.invalidateQueries({ queryKey: peopleKeys.all(slug) }) });
}
