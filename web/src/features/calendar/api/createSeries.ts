import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SeriesCreateBody, SeriesResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { invalidateAgenda } from "./invalidate.ts";
import { branchPath } from "./keys.ts";

export function createSeries(slug: string, body: SeriesCreateBody): Promise<SeriesResponse> {
  return apiFetch<SeriesResponse>(`${branchPath(slug)}/series`, { method: "POST", body });
}

export function useCreateSeries(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SeriesCreateBody) => createSeries(slug, body),
    onSuccess: () => invalidateAgenda(queryClient, slug),
  });
}
