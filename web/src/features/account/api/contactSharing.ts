import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ContactSharingBody, ContactSharingResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";
import { peopleKeys } from "../../people/index.ts";

const contactSharingKey = (slug: string) => ["branches", slug, "me", "contact-sharing"] as const;

export function useContactSharing(slug: string) {
  return useQuery({
    queryKey: contactSharingKey(slug),
    queryFn: ({ signal }) => apiFetch<ContactSharingResponse>(`${branchPath(slug)}/me/contact-sharing`, { signal }),
  });
}

export function useSetContactSharing(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactSharingBody) => apiFetch<ContactSharingResponse>(`${branchPath(slug)}/me/contact-sharing`, { method: "PUT", body }),
    onSuccess: (answer) => {
      client.setQueryData(contactSharingKey(slug), answer);
      // The members' list shows (or hides) the address to the groups.
      void client.invalidateQueries({ queryKey: peopleKeys.all(slug) });
    },
  });
}
