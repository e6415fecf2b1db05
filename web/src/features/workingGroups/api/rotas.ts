import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RotaCreateBody, RotaEndBody, RotaResponse, RotaSwapBody, RotasResponse, RotaUpdateBody } from "@afdelingsplanner/shared/schemas";
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

/** Creating, changing or ending a rota: the group's rotas follow. */
function useRotaWrite<T>(slug: string, group: string, write: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: wgKeys.rotas(slug, group) }) });
}

export const useCreateRota = (slug: string, group: string) =>
  useRotaWrite(slug, group, (body: RotaCreateBody) => apiFetch<RotaResponse>(`${branchPath(slug)}/rotas`, { method: "POST", body }));

export const useUpdateRota = (slug: string, group: string, rotaId: string) =>
  useRotaWrite(slug, group, (body: RotaUpdateBody) => apiFetch<RotaResponse>(`${branchPath(slug)}/rotas/${encodeURIComponent(rotaId)}`, { method: "PATCH", body }));

/** Ends the rota at the version the chair saw: nobody is on duty from this week on; the rota stays with its history. */
export const useEndRota = (slug: string, group: string, rotaId: string) =>
  useRotaWrite(slug, group, (body: RotaEndBody) => apiFetch<RotaResponse>(`${branchPath(slug)}/rotas/${encodeURIComponent(rotaId)}/end`, { method: "POST", body }));
