import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AgendaItemCreateBody, AgendaItemUpdateBody, AgendaItemView, AgendaResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { meetingKeys, meetingPath, type MeetingRef } from "./keys.ts";

interface ItemResponse {
  item: AgendaItemView;
}

export function getAgenda(ref: MeetingRef, signal?: AbortSignal): Promise<AgendaResponse> {
  return apiFetch<AgendaResponse>(`${meetingPath(ref)}/agenda`, { signal });
}

export function agendaQueryOptions(ref: MeetingRef) {
  return queryOptions({
    queryKey: meetingKeys.agenda(ref.slug, ref.seriesId, ref.date),
    queryFn: ({ signal }) => getAgenda(ref, signal),
  });
}

export function useAgenda(ref: MeetingRef) {
  return useQuery(agendaQueryOptions(ref));
}

/** After any write to a meeting: its agenda, decisions, actions and attendance. */
function useRefreshMeeting(ref: MeetingRef) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meetingKeys.meeting(ref.slug, ref.seriesId, ref.date) });
}

/** Adds an item straight to the agenda (editors) or proposes it (everyone else). */
export function useAddItem(ref: MeetingRef, asProposal: boolean) {
  const refresh = useRefreshMeeting(ref);
  return useMutation({
    mutationFn: (body: AgendaItemCreateBody) =>
      apiFetch<ItemResponse>(`${meetingPath(ref)}/agenda${asProposal ? "/proposals" : ""}`, { method: "POST", body }),
    onSuccess: refresh,
  });
}

export function useUpdateItem(ref: MeetingRef) {
  const refresh = useRefreshMeeting(ref);
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: AgendaItemUpdateBody }) =>
      apiFetch<ItemResponse>(`${meetingPath(ref)}/agenda/${encodeURIComponent(itemId)}`, { method: "PATCH", body }),
    onSuccess: refresh,
  });
}

/** The new order is shown at once; the server's answer replaces it. */
export function useReorder(ref: MeetingRef) {
  const queryClient = useQueryClient();
  const key = meetingKeys.agenda(ref.slug, ref.seriesId, ref.date);
  return useMutation({
    // Each item's version as this page shows it: an order built on a stale agenda gets 409 STALE_VERSION.
    mutationFn: (itemIds: string[]) => {
      const versions = new Map((queryClient.getQueryData<AgendaResponse>(key)?.items ?? []).map((item) => [item.id, item.version]));
      const body = { itemIds, versions: itemIds.map((id) => versions.get(id) ?? 1) };
      return apiFetch<AgendaResponse>(`${meetingPath(ref)}/agenda/order`, { method: "PUT", body });
    },
    onMutate: (itemIds) => {
      const before = queryClient.getQueryData<AgendaResponse>(key);
      if (before) {
        const byId = new Map(before.items.map((item) => [item.id, item]));
        const items = itemIds.map((id) => byId.get(id)).filter((item): item is AgendaItemView => item !== undefined);
        queryClient.setQueryData<AgendaResponse>(key, { ...before, items });
      }
      return { before };
    },
    onError: (_error, _ids, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSuccess: (agenda) => queryClient.setQueryData(key, agenda),
  });
}

/** Removes an item at the version the editor saw. */
export function useDeleteItem(ref: MeetingRef) {
  const refresh = useRefreshMeeting(ref);
  return useMutation({
    mutationFn: ({ itemId, version }: { itemId: string; version: number }) => apiFetch<null>(`${meetingPath(ref)}/agenda/${encodeURIComponent(itemId)}?version=${version}`, { method: "DELETE" }),
    onSuccess: refresh,
  });
}

export function useDecideProposal(ref: MeetingRef) {
  const refresh = useRefreshMeeting(ref);
  return useMutation({
    mutationFn: ({ itemId, accept }: { itemId: string; accept: boolean }) =>
      apiFetch<ItemResponse>(`${meetingPath(ref)}/agenda/${encodeURIComponent(itemId)}/${accept ? "accept" : "decline"}`, { method: "POST" }),
    onSuccess: refresh,
  });
}

export interface CloseResult {
  carriedTo: string | null;
  carriedItems: AgendaItemView[];
}

/** Closes the meeting; the next meeting's agenda changes too, so every meeting of the branch is refreshed. */
export function useCloseMeeting(ref: MeetingRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<CloseResult>(`${meetingPath(ref)}/close`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all(ref.slug) }),
  });
}
