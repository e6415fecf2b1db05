import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AgendaItemView, ReferBody, SeriesListResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { agendaKeys } from "../../calendar/index.ts";
import { branchPath, meetingKeys, meetingPath, type MeetingRef } from "./keys.ts";

interface ItemResponse {
  item: AgendaItemView;
}

export interface HistoryStep {
  itemId: string;
  seriesId: string;
  seriesTitle: string;
  kind: string;
  date: string;
  status: AgendaItemView["status"];
  postponedCount: number;
  how: "created" | "carried_over" | "referred";
  fromSeriesId: string | null;
  referralNote: string;
}

export interface ItemHistory {
  steps: HistoryStep[];
  referrals: { from: string; to: string; date: string; note: string }[];
}

/** Every series of the branch, for the referral's target picker. */
export function useBranchSeriesList(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: [...agendaKeys.series(slug), "list"],
    queryFn: ({ signal }) => apiFetch<SeriesListResponse>(`${branchPath(slug)}/series`, { signal }),
    enabled,
  });
}

/** Refers an item to another body's meeting; both meetings change, so every meeting of the branch is refreshed. */
export function useReferItem(ref: MeetingRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: ReferBody }) =>
      apiFetch<ItemResponse>(`${meetingPath(ref)}/agenda/${encodeURIComponent(itemId)}/refer`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all(ref.slug) }),
  });
}

/** Where an item has been: created, carried over, referred. */
export function useItemHistory(slug: string, itemId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...meetingKeys.all(slug), "item-history", itemId],
    queryFn: ({ signal }) => apiFetch<ItemHistory>(`${branchPath(slug)}/agenda-items/${encodeURIComponent(itemId)}/history`, { signal }),
    enabled,
  });
}
