import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CalendarFeedResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { agendaKeys } from "./keys.ts";

const FEED_PATH = "/api/me/calendar-feed";

export function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeedResponse> {
  return apiFetch<CalendarFeedResponse>(FEED_PATH, { signal });
}

/** Makes a new secret URL; the old one stops working. */
export function regenerateCalendarFeed(): Promise<CalendarFeedResponse> {
  return apiFetch<CalendarFeedResponse>(FEED_PATH, { method: "POST" });
}

export function calendarFeedQueryOptions() {
  return queryOptions({
    queryKey: agendaKeys.calendarFeed(),
    queryFn: ({ signal }) => getCalendarFeed(signal),
    select: (data) => data.url,
    staleTime: Infinity,
  });
}

/** Only asks for the URL once the subscribe panel is open. */
export function useCalendarFeed(enabled: boolean) {
  return useQuery({ ...calendarFeedQueryOptions(), enabled });
}

export function useRegenerateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateCalendarFeed,
    onSuccess: (data) => queryClient.setQueryData(agendaKeys.calendarFeed(), data),
  });
}
