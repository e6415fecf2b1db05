import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FocusTopicCreateBody, FocusTopicResponse, FocusTopicUpdateBody, PhaseCreateBody, PhaseResponse, PhaseUpdateBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, wgKeys } from "./keys.ts";

/** A board member's change to the plan; the plan page (and the goals that show phases and topics) follow. */
function usePlanWrite<T, R>(slug: string, write: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: wgKeys.all(slug) }) });
}

const planPath = (slug: string) => `${branchPath(slug)}/plan`;

export const useCreatePhase = (slug: string) => usePlanWrite(slug, (body: PhaseCreateBody) => apiFetch<PhaseResponse>(`${planPath(slug)}/phases`, { method: "POST", body }));

export const useUpdatePhase = (slug: string, phaseId: string) =>
  usePlanWrite(slug, (body: PhaseUpdateBody) => apiFetch<PhaseResponse>(`${planPath(slug)}/phases/${encodeURIComponent(phaseId)}`, { method: "PATCH", body }));

export const useCreateFocusTopic = (slug: string) => usePlanWrite(slug, (body: FocusTopicCreateBody) => apiFetch<FocusTopicResponse>(`${planPath(slug)}/focus-topics`, { method: "POST", body }));

export const useUpdateFocusTopic = (slug: string, topicId: string) =>
  usePlanWrite(slug, (body: FocusTopicUpdateBody) => apiFetch<FocusTopicResponse>(`${planPath(slug)}/focus-topics/${encodeURIComponent(topicId)}`, { method: "PATCH", body }));

/** Deletes a phase or a focus topic at the version the board member saw (?version=); their goals stay, unlinked. */
export const useDeletePlanItem = (slug: string, kind: "phases" | "focus-topics") =>
  usePlanWrite(slug, ({ id, version }: { id: string; version: number }) => apiFetch<null>(`${planPath(slug)}/${kind}/${encodeURIComponent(id)}?version=${version}`, { method: "DELETE" }));
