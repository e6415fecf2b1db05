import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  LensCreateBody,
  LensesResponse,
  LensUpdateBody,
  NeighbourhoodCreateBody,
  NeighbourhoodResponse,
  NeighbourhoodsResponse,
  NeighbourhoodUpdateBody,
  TrainingResponse,
  TrainingSessionCreateBody,
  TrainingSessionResponse,
  TrainingSessionUpdateBody,
  TrainingTopicCreateBody,
  TrainingTopicResponse,
  TrainingTopicUpdateBody,
} from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";

/** One prefix per branch: a session changes the overview, the wijken and the calendar's data alike. */
export const trainingKeys = {
  all: (slug: string) => ["branches", slug, "training"] as const,
  overview: (slug: string) => ["branches", slug, "training", "overview"] as const,
  neighbourhoods: (slug: string) => ["branches", slug, "training", "neighbourhoods"] as const,
};

export function trainingQueryOptions(slug: string) {
  return queryOptions({ queryKey: trainingKeys.overview(slug), queryFn: ({ signal }) => apiFetch<TrainingResponse>(`${branchPath(slug)}/training`, { signal }) });
}

export const useTraining = (slug: string) => useQuery(trainingQueryOptions(slug));

export const useNeighbourhoods = (slug: string) =>
  useQuery({ queryKey: trainingKeys.neighbourhoods(slug), queryFn: ({ signal }) => apiFetch<NeighbourhoodsResponse>(`${branchPath(slug)}/neighbourhoods`, { signal }) });

/** A write that refreshes everything of this branch: sessions show up in the calendar and in the groups' goals too. */
function useBranchWrite<T, R>(slug: string, write: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: ["branches", slug] }) });
}

const training = (slug: string) => `${branchPath(slug)}/training`;
const neighbourhoods = (slug: string) => `${branchPath(slug)}/neighbourhoods`;

export const useCreateSession = (slug: string) => useBranchWrite(slug, (body: TrainingSessionCreateBody) => apiFetch<TrainingSessionResponse>(`${training(slug)}/sessions`, { method: "POST", body }));
export const useUpdateSession = (slug: string) =>
  useBranchWrite(slug, ({ id, ...body }: TrainingSessionUpdateBody & { id: string }) => apiFetch<TrainingSessionResponse>(`${training(slug)}/sessions/${encodeURIComponent(id)}`, { method: "PATCH", body }));
export const useDeleteSession = (slug: string) => useBranchWrite(slug, (id: string) => apiFetch<null>(`${training(slug)}/sessions/${encodeURIComponent(id)}`, { method: "DELETE" }));
export const useCreateTopic = (slug: string) => useBranchWrite(slug, (body: TrainingTopicCreateBody) => apiFetch<TrainingTopicResponse>(`${training(slug)}/topics`, { method: "POST", body }));
export const useUpdateTopic = (slug: string) =>
  useBranchWrite(slug, ({ id, ...body }: TrainingTopicUpdateBody & { id: string }) => apiFetch<TrainingTopicResponse>(`${training(slug)}/topics/${encodeURIComponent(id)}`, { method: "PATCH", body }));
export const useAddLens = (slug: string) => useBranchWrite(slug, (body: LensCreateBody) => apiFetch<LensesResponse>(`${training(slug)}/lenses`, { method: "POST", body }));
export const useRenameLens = (slug: string) =>
  useBranchWrite(slug, ({ id, ...body }: LensUpdateBody & { id: string }) => apiFetch<LensesResponse>(`${training(slug)}/lenses/${encodeURIComponent(id)}`, { method: "PATCH", body }));

export const useCreateNeighbourhood = (slug: string) => useBranchWrite(slug, (body: NeighbourhoodCreateBody) => apiFetch<NeighbourhoodResponse>(neighbourhoods(slug), { method: "POST", body }));
export const useRenameNeighbourhood = (slug: string) =>
  useBranchWrite(slug, ({ id, ...body }: NeighbourhoodUpdateBody & { id: string }) => apiFetch<NeighbourhoodResponse>(`${neighbourhoods(slug)}/${encodeURIComponent(id)}`, { method: "PATCH", body }));
export const useDeleteNeighbourhood = (slug: string) => useBranchWrite(slug, (id: string) => apiFetch<null>(`${neighbourhoods(slug)}/${encodeURIComponent(id)}`, { method: "DELETE" }));
