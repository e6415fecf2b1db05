import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SeriesResponse, SeriesUpdateBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { invalidateAgenda } from "./invalidate.ts";
import { branchPath } from "./keys.ts";

/** A stale `version` gets 409: someone else saved the series in the meantime. */
export function updateSeries(slug: string, id: string, body: SeriesUpdateBody): Promise<SeriesResponse> {
  return apiFetch<SeriesResponse>(`${branchPath(slug)}/series/${encodeURIComponent(id)}`, { method: "PATCH", body });
}

export function useUpdateSeries(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SeriesUpdateBody) => updateSeries(slug, id, body),
    onSuccess: () => invalidateAgenda(queryClient, slug),
  });
}
