import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RotaResponse, RotaSwapBody, RotasResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

export function getRotas(slug: string, group: string, signal?: AbortSignal): Promise<RotasResponse> {
  const query = new URLSearchParams({ workingGroup: group, weeks: "8" });
  return apiFetch<RotasResponse>(`${branchPath(slug)}/rotas?${query}`, { signal });
}

export function swapRotaWeeks(slug: string, rotaId: string, body: RotaSwapBody): Promise<RotaResponse> {
  return apiFetch<RotaResponse>(`${branchPath(slug)}/rotas/${encodeURIComponent(rotaId)}/swaps`, { method: "POST", body });
}

export function rotasQueryOptions(slug: string, group: string) {
  return queryOptions({ queryKey: wgKeys.rotas(slug, group), queryFn: ({ signal }) => getRotas(slug, group, signal) });
}

export function useRotas(slug: string, group: string) {
  return useQuery(rotasQueryOptions(slug, group));
}

export function useSwapRotaWeeks(slug: string, group: string, rotaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RotaSwapBody) => swapRotaWeeks(slug, rotaId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: wgKeys.rotas(slug, group) }),
  });
}
