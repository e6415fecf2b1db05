import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { GoalResponse, GoalUpdateBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { putGoal } from "./goalCache.ts";
import { branchPath } from "./keys.ts";

/** Send the version that was edited: a stale one answers 409. */
export function updateGoal(slug: string, goalId: string, body: GoalUpdateBody): Promise<GoalResponse> {
  return apiFetch<GoalResponse>(`${branchPath(slug)}/goals/${encodeURIComponent(goalId)}`, { method: "PATCH", body });
}

export function useUpdateGoal(slug: string, goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GoalUpdateBody) => updateGoal(slug, goalId, body),
    onSuccess: ({ goal }) => putGoal(queryClient, slug, goal),
  });
}
