import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { OrganisationResponse, OrganisationUpdateBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

/** Board members only; send the version that was edited (409 when stale, or when the new name is taken). */
export function updateOrganisation(slug: string, id: string, body: OrganisationUpdateBody): Promise<OrganisationResponse> {
  return apiFetch<OrganisationResponse>(`${branchPath(slug)}/organisations/${encodeURIComponent(id)}`, { method: "PATCH", body });
}

/** Board members only; 409 while activities with it are logged. */
export function deleteOrganisation(slug: string, id: string): Promise<void> {
  return apiFetch<void>(`${branchPath(slug)}/organisations/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export function useUpdateOrganisation(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationUpdateBody) => updateOrganisation(slug, id, body),
    onSuccess: (data) => {
      queryClient.setQueryData(wgKeys.organisation(slug, id), data);
      void queryClient.invalidateQueries({ queryKey: wgKeys.organisations(slug), exact: true });
    },
  });
}

export function useDeleteOrganisation(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteOrganisation(slug, id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: wgKeys.organisation(slug, id) });
      void queryClient.invalidateQueries({ queryKey: wgKeys.organisations(slug), exact: true });
    },
  });
}
