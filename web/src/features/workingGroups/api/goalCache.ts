import type { QueryClient } from "@tanstack/react-query";
import type { GoalsResponse, GoalView } from "@afdelingsplanner/shared/schemas";
import { wgKeys } from "./keys.ts";

/** Puts a goal from a write's response into its group's list at once (replacing, or adding), then refreshes the views built on goals. */
export function putGoal(queryClient: QueryClient, slug: string, goal: GoalView) {
  queryClient.setQueryData<GoalsResponse>(wgKeys.goals(slug, goal.workingGroupId), (old) => {
    if (!old) return old;
    const known = old.goals.some((each) => each.id === goal.id);
    return { ...old, goals: known ? old.goals.map((each) => (each.id === goal.id ? goal : each)) : [...old.goals, goal] };
  });
  refreshGoalViews(queryClient, slug);
}

/** Drops a deleted goal from its group's list at once. */
export function dropGoal(queryClient: QueryClient, slug: string, groupId: string, goalId: string) {
  queryClient.setQueryData<GoalsResponse>(wgKeys.goals(slug, groupId), (old) => (old ? { ...old, goals: old.goals.filter((each) => each.id !== goalId) } : old));
  refreshGoalViews(queryClient, slug);
}

/** The Werkgroepen cards, the counts by status and the plan all show goals too. */
function refreshGoalViews(queryClient: QueryClient, slug: string) {
  void queryClient.invalidateQueries({ queryKey: wgKeys.overview(slug) });
  void queryClient.invalidateQueries({ queryKey: wgKeys.goals(slug, "*") });
  void queryClient.invalidateQueries({ queryKey: wgKeys.plan(slug) });
}
