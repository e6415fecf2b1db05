import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { PersonCreateBody, PersonCreatedResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";
import { peopleKeys } from "./keys.ts";

export function addPerson(slug: string, body: PersonCreateBody): Promise<PersonCreatedResponse> {
  return apiFetch<PersonCreatedResponse>(`${branchPath(slug)}/people`, { method: "POST", body });
}

export function useAddPerson(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonCreateBody) => addPerson(slug, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: peopleKeys.all(slug) });
      void client.invalidateQueries({ queryKey: peopleKeys.invitations(slug) });
    },
  });
}
