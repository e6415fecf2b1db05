import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AgendaSendResponse, AgendaSendStatusResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { meetingKeys, meetingPath, type MeetingRef } from "./keys.ts";

const sendKey = (ref: MeetingRef) => [...meetingKeys.meeting(ref.slug, ref.seriesId, ref.date), "agenda-send"] as const;

/** When the agenda last went out, and whether the caller may send it. */
export function useAgendaSendStatus(ref: MeetingRef) {
  return useQuery({ queryKey: sendKey(ref), queryFn: ({ signal }) => apiFetch<AgendaSendStatusResponse>(`${meetingPath(ref)}/agenda/send`, { signal }) });
}

/** "Agenda versturen": mails the agenda to the body's members; the answer says to how many and what changed. */
export function useSendAgenda(ref: MeetingRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<AgendaSendResponse>(`${meetingPath(ref)}/agenda/send`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sendKey(ref) }),
  });
}
