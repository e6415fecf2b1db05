import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CalendarFeedResponse, CalendarFeedStatus } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { agendaKeys } from "./keys.ts";

const FEED_PATH = "/api/me/calendar-feed";

/** Whether you have a feed link; the link itself is shown only once, when it is made (only its hash is stored). */
export function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeedStatus> {
  return apiFetch<CalendarFeedStatus>(FEED_PATH, { signal });
}

/** Makes a new secret URL, returned this once; an old one stops working. */
export function makeCalendarFeed(): Promise<CalendarFeedResponse> {
  return apiFetch<CalendarFeedResponse>(FEED_PATH, { method: "POST" });
}

/** Only asks once the subscribe panel is open. */
export function useCalendarFeed(enabled: boolean) {
  return useQuery({ queryKey: agendaKeys.calendarFeed(), queryFn: ({ signal }) => getCalendarFeed(signal), select: (data) => data.active, enabled });
}

export function useMakeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    // "first" or "replace": only tells the panel which message to show.
    mutationFn: (_kind: "first" | "replace") => makeCalendarFeed(),
    onSuccess: () => queryClient.setQueryData(agendaKeys.calendarFeed(), { active: true }),
  });
}
