import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../lib/api.ts";
import { invalidateAgenda } from "./invalidate.ts";
import { branchPath } from "./keys.ts";

export function deleteSeries(slug: string, id: string): Promise<void> {
  return apiFetch<void>(`${branchPath(slug)}/series/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export function useDeleteSeries(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSeries(slug, id),
    onSuccess: () => invalidateAgenda(queryClient, slug),
  });
}
