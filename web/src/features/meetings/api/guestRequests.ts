import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GuestRequestBody, GuestRequestView } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath, meetingKeys } from "./keys.ts";

export type GuestRequestStatus = GuestRequestView["status"];

export interface PublicBoardMeeting {
  seriesId: string;
  date: string;
  title: string;
  start: string;
  end: string;
  mode: string;
}

export interface PublicBoardMeetings {
  branch: { slug: string; name: string };
  meetings: PublicBoardMeeting[];
}

export interface GuestRequestCreated {
  status: GuestRequestStatus;
  /** API path ending in the private token. */
  statusUrl: string;
}

export interface GuestRequestStatusView {
  status: GuestRequestStatus;
  date: string;
  title: string;
}

// ---- Public (no login) ----

export function publicMeetingsQueryOptions(slug: string) {
  return queryOptions({
    queryKey: meetingKeys.publicMeetings(slug),
    queryFn: ({ signal }) => apiFetch<PublicBoardMeetings>(`/api/public/branches/${encodeURIComponent(slug)}/board-meetings`, { signal }),
  });
}

export const usePublicMeetings = (slug: string) => useQuery(publicMeetingsQueryOptions(slug));

export function useAskToAttend(slug: string) {
  return useMutation({
    mutationFn: (body: GuestRequestBody) => apiFetch<GuestRequestCreated>(`${branchPath(slug)}/guest-requests`, { method: "POST", body }),
  });
}

/** The token at the end of the API's status path: the page's own link is /bezoek/status/<token>. */
export function tokenOf(statusUrl: string): string {
  return statusUrl.split("/").filter(Boolean).pop() ?? "";
}

export function guestStatusQueryOptions(token: string) {
  return queryOptions({
    queryKey: meetingKeys.guestStatus(token),
    queryFn: ({ signal }) => apiFetch<GuestRequestStatusView>(`/api/guest-requests/${encodeURIComponent(token)}`, { signal }),
  });
}

export const useGuestStatus = (token: string) => useQuery(guestStatusQueryOptions(token));

// ---- The secretary's queue ----

export function guestRequestsQueryOptions(slug: string) {
  return queryOptions({
    queryKey: meetingKeys.guestRequests(slug),
    queryFn: ({ signal }) => apiFetch<{ requests: GuestRequestView[] }>(`${branchPath(slug)}/guest-requests?status=all`, { signal }),
    select: (data) => data.requests,
  });
}

export const useGuestRequests = (slug: string) => useQuery(guestRequestsQueryOptions(slug));

/** Approve or decline; an approved guest appears in the meeting's attendance, a topic on its agenda. */
export function useDecideGuestRequest(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, approve }: { request: GuestRequestView; approve: boolean }) =>
      apiFetch<{ request: GuestRequestView }>(`${branchPath(slug)}/guest-requests/${encodeURIComponent(request.id)}/${approve ? "approve" : "decline"}`, {
        method: "POST",
        body: { version: request.version },
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.guestRequests(slug) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.all(slug) }),
      ]),
  });
}
