import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActionHistoryResponse, ActionUpdateBody, ActionView } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, meetingKeys } from "./keys.ts";
import type { ActionList } from "./minutes.ts";

export type ActionStatusFilter = "open" | "done" | "all";

export function actionListQueryOptions(slug: string, status: ActionStatusFilter) {
  return queryOptions({
    queryKey: [...meetingKeys.actionList(slug), status],
    queryFn: ({ signal }) => apiFetch<ActionList>(`${branchPath(slug)}/actions?status=${status}`, { signal }),
  });
}

/** Every action of the branch with this status; the page filters per body and per person. */
export const useActionList = (slug: string, status: ActionStatusFilter) => useQuery(actionListQueryOptions(slug, status));

/** Ticks an action off (or back open); lists of the branch and of its meeting follow. */
export function useUpdateAction(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ActionUpdateBody }) =>
      apiFetch<{ action: ActionView }>(`${branchPath(slug)}/actions/${encodeURIComponent(id)}`, { method: "PATCH", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.actionList(slug) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.all(slug) }),
      ]),
  });
}

/** Who changed an action and how, oldest first; loaded when its edit dialog opens, fresh after each change. */
export const useActionHistory = (slug: string, actionId: string) =>
  useQuery({
    queryKey: [...meetingKeys.actionList(slug), actionId, "history"],
    queryFn: ({ signal }) => apiFetch<ActionHistoryResponse>(`${branchPath(slug)}/actions/${encodeURIComponent(actionId)}/history`, { signal }),
  });
