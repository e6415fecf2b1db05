import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { GoalResponse, MeasurementBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { putGoal } from "./goalCache.ts";
import { branchPath } from "./keys.ts";

/** A metric goal's value on a day (today or earlier); a second one on the same day replaces the first. */
export function recordMeasurement(slug: string, goalId: string, body: MeasurementBody): Promise<GoalResponse> {
  return apiFetch<GoalResponse>(`${branchPath(slug)}/goals/${encodeURIComponent(goalId)}/measurements`, { method: "POST", body });
}

export function useRecordMeasurement(slug: string, goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeasurementBody) => recordMeasurement(slug, goalId, body),
    onSuccess: ({ goal }) => putGoal(queryClient, slug, goal),
  });
}
