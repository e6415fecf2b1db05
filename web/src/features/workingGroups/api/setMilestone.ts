import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { GoalResponse, GoalsResponse, MilestoneBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

export function setMilestone(slug: string, goalId: string, body: MilestoneBody): Promise<GoalResponse> {
  return apiFetch<GoalResponse>(`${branchPath(slug)}/goals/${encodeURIComponent(goalId)}/milestone`, { method: "PUT", body });
}

export function useSetMilestone(slug: string, groupId: string, goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MilestoneBody) => setMilestone(slug, goalId, body),
    onSuccess: ({ goal }) => {
      queryClient.setQueryData<GoalsResponse>(wgKeys.goals(slug, groupId), (old) =>
        old ? { ...old, goals: old.goals.map((each) => (each.id === goal.id ? goal : each)) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: wgKeys.overview(slug) });
      void queryClient.invalidateQueries({ queryKey: wgKeys.goals(slug, "*") });
      void queryClient.invalidateQueries({ queryKey: wgKeys.plan(slug) });
    },
  });
}
