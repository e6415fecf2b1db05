import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationPreferencesBody, NotificationPreferencesResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";

const preferencesKey = (slug: string) => ["branches", slug, "me", "notification-preferences"] as const;

/** Which mails the member receives from this branch, and when the reminders go out (Meldingen). */
export function useNotificationPreferences(slug: string) {
  return useQuery({
    queryKey: preferencesKey(slug),
    queryFn: ({ signal }) => apiFetch<NotificationPreferencesResponse>(`${branchPath(slug)}/me/notification-preferences`, { signal }),
  });
}

export function useSaveNotificationPreferences(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferencesBody) => apiFetch<NotificationPreferencesResponse>(`${branchPath(slug)}/me/notification-preferences`, { method: "PUT", body }),
    onSuccess: (answer) => client.setQueryData(preferencesKey(slug), answer),
  });
}
