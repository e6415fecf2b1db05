import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OrganisationCreateBody, OrganisationResponse, OrganisationsResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

export function getOrganisations(slug: string, signal?: AbortSignal): Promise<OrganisationsResponse> {
  return apiFetch<OrganisationsResponse>(`${branchPath(slug)}/organisations`, { signal });
}

export function getOrganisation(slug: string, id: string, signal?: AbortSignal): Promise<OrganisationResponse> {
  return apiFetch<OrganisationResponse>(`${branchPath(slug)}/organisations/${encodeURIComponent(id)}`, { signal });
}

export function createOrganisation(slug: string, body: OrganisationCreateBody): Promise<OrganisationResponse> {
  return apiFetch<OrganisationResponse>(`${branchPath(slug)}/organisations`, { method: "POST", body });
}

export function organisationsQueryOptions(slug: string) {
  return queryOptions({
    queryKey: wgKeys.organisations(slug),
    queryFn: ({ signal }) => getOrganisations(slug, signal),
    select: (data) => data.organisations,
  });
}

export function useOrganisations(slug: string, enabled = true) {
  return useQuery({ ...organisationsQueryOptions(slug), enabled });
}

export function useOrganisation(slug: string, id: string | null) {
  return useQuery({
    queryKey: wgKeys.organisation(slug, id ?? ""),
    queryFn: ({ signal }) => getOrganisation(slug, id ?? "", signal),
    enabled: id !== null,
  });
}

export function useCreateOrganisation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationCreateBody) => createOrganisation(slug, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wgKeys.organisations(slug) }),
  });
}
