import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../lib/api.ts";
import { dropGoal } from "./goalCache.ts";
import { branchPath } from "./keys.ts";

/** Deletes the goal with its measurements; logged activities stay. */
export function deleteGoal(slug: string, goalId: string): Promise<void> {
  return apiFetch<void>(`${branchPath(slug)}/goals/${encodeURIComponent(goalId)}`, { method: "DELETE" });
}

export function useDeleteGoal(slug: string, groupId: string, goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteGoal(slug, goalId),
    onSuccess: () => dropGoal(queryClient, slug, groupId, goalId),
  });
}
