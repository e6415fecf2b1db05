import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { ActivityCreateBody, ActivityCreatedResponse, GoalsResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { trainingKeys } from "../../training/index.ts";
import { branchPath, wgKeys } from "./keys.ts";

export function logActivity(slug: string, body: ActivityCreateBody): Promise<ActivityCreatedResponse> {
  return apiFetch<ActivityCreatedResponse>(`${branchPath(slug)}/activities`, { method: "POST", body });
}

export function deleteActivity(slug: string, id: string): Promise<void> {
  return apiFetch<void>(`${branchPath(slug)}/activities/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** Everything an activity can move besides the goals themselves: the chart, the list, the cards, the network, the plan, the wijken. */
function refreshAround(queryClient: QueryClient, slug: string, groupId: string) {
  void queryClient.invalidateQueries({ queryKey: wgKeys.activitiesOf(slug, groupId) });
  void queryClient.invalidateQueries({ queryKey: wgKeys.overview(slug) });
  void queryClient.invalidateQueries({ queryKey: wgKeys.goals(slug, "*") });
  void queryClient.invalidateQueries({ queryKey: wgKeys.organisations(slug) });
  void queryClient.invalidateQueries({ queryKey: wgKeys.plan(slug) });
  // An activity in a wijk is that wijk's last visit on the Wijken view.
  void queryClient.invalidateQueries({ queryKey: trainingKeys.neighbourhoods(slug) });
}

/** Logs an activity; the group's goals are replaced at once from the response. */
export function useLogActivity(slug: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivityCreateBody) => logActivity(slug, body),
    onSuccess: ({ goals }) => {
      queryClient.setQueryData<GoalsResponse>(wgKeys.goals(slug, groupId), (old) => (old ? { ...old, goals } : old));
      refreshAround(queryClient, slug, groupId);
    },
  });
}

/** Undo, or removing an entry from the list. */
export function useDeleteActivity(slug: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteActivity(slug, id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: wgKeys.goals(slug, groupId) });
      refreshAround(queryClient, slug, groupId);
    },
  });
}
