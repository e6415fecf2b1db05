import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { GoalCreateBody, GoalResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { putGoal } from "./goalCache.ts";
import { branchPath, wgKeys } from "./keys.ts";

export function createGoal(slug: string, body: GoalCreateBody): Promise<GoalResponse> {
  return apiFetch<GoalResponse>(`${branchPath(slug)}/goals`, { method: "POST", body });
}

/** Adds the goal to its group's list at once; the refetch then puts it in the server's order. */
export function useCreateGoal(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GoalCreateBody) => createGoal(slug, body),
    onSuccess: ({ goal }) => {
      putGoal(queryClient, slug, goal);
      void queryClient.invalidateQueries({ queryKey: wgKeys.goals(slug, goal.workingGroupId) });
    },
  });
}
