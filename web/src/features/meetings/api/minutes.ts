import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActionCreateBody, ActionView, AttendanceBody, AttendanceResponse, DecisionBody, DecisionView } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { meetingKeys, meetingPath, type MeetingRef } from "./keys.ts";

export interface ActionList {
  today: string;
  actions: ActionView[];
}

export function decisionsQueryOptions(ref: MeetingRef) {
  return queryOptions({
    queryKey: meetingKeys.decisions(ref.slug, ref.seriesId, ref.date),
    queryFn: ({ signal }) => apiFetch<{ decisions: DecisionView[] }>(`${meetingPath(ref)}/decisions`, { signal }),
    select: (data) => data.decisions,
  });
}

export const useDecisions = (ref: MeetingRef) => useQuery(decisionsQueryOptions(ref));

export function meetingActionsQueryOptions(ref: MeetingRef) {
  return queryOptions({
    queryKey: meetingKeys.actions(ref.slug, ref.seriesId, ref.date),
    queryFn: ({ signal }) => apiFetch<ActionList>(`${meetingPath(ref)}/actions`, { signal }),
  });
}

export const useMeetingActions = (ref: MeetingRef) => useQuery(meetingActionsQueryOptions(ref));

export function attendanceQueryOptions(ref: MeetingRef) {
  return queryOptions({
    queryKey: meetingKeys.attendance(ref.slug, ref.seriesId, ref.date),
    queryFn: ({ signal }) => apiFetch<AttendanceResponse>(`${meetingPath(ref)}/attendance`, { signal }),
  });
}

export const useAttendance = (ref: MeetingRef) => useQuery(attendanceQueryOptions(ref));

export function useAddDecision(ref: MeetingRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionBody) => apiFetch<{ decision: DecisionView }>(`${meetingPath(ref)}/decisions`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.decisions(ref.slug, ref.seriesId, ref.date) }),
  });
}

export function useAddAction(ref: MeetingRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionCreateBody) => apiFetch<{ action: ActionView }>(`${meetingPath(ref)}/actions`, { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.actions(ref.slug, ref.seriesId, ref.date) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.actionList(ref.slug) }),
      ]),
  });
}

/** Presence (or RSVP) of one person; the answer is the whole list again. */
export function useSetAttendance(ref: MeetingRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, body }: { personId: string; body: AttendanceBody }) =>
      apiFetch<AttendanceResponse>(`${meetingPath(ref)}/attendance/${encodeURIComponent(personId)}`, { method: "PUT", body }),
    onSuccess: (attendance) => queryClient.setQueryData(meetingKeys.attendance(ref.slug, ref.seriesId, ref.date), attendance),
  });
}
