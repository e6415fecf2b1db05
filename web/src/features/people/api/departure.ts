import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { PersonDepartureBody, PersonResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";
import { peopleKeys } from "./keys.ts";

const path = (slug: string, id: string) => `${branchPath(slug)}/people/${encodeURIComponent(id)}/departure`;

export function recordDeparture(slug: string, id: string, body: PersonDepartureBody): Promise<PersonResponse> {
  return apiFetch<PersonResponse>(path(slug, id), { method: "POST", body });
}

export function undoDeparture(slug: string, id: string): Promise<PersonResponse & { restored: boolean }> {
  return apiFetch<PersonResponse & { restored: boolean }>(path(slug, id), { method: "DELETE" });
}

export function useRecordDeparture(slug: string, id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: PersonDepartureBody) => recordDeparture(slug, id, body), onSettled: () => client.invalidateQueries({ queryKey: peopleKeys.all(slug) }) });
}

export function useUndoDeparture(slug: string, id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => undoDeparture(slug, id), onSettled: () => client.invalidateQueries({ queryKey: peopleKeys.all(slug) }) });
}
