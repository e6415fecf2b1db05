import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { PersonResponse, PersonUpdateBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";
import { peopleKeys } from "./keys.ts";

export function updatePerson(slug: string, id: string, body: PersonUpdateBody): Promise<PersonResponse> {
  return apiFetch<PersonResponse>(`${branchPath(slug)}/people/${encodeURIComponent(id)}`, { method: "PATCH", body });
}

export function useUpdatePerson(slug: string, id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: PersonUpdateBody) => updatePerson(slug, id, body), onSettled: () => client.invalidateQueries({ queryKey: peopleKeys.all(slug) }) });
}
