import type { QueryClient } from "@tanstack/react-query";
import { agendaKeys } from "./keys.ts";

/**
 * After any write: occurrences, series and the load all follow from the series and their exceptions.
 * Series are only marked stale, not refetched now: the edit page that just saved or deleted one would
 * otherwise reload under the form (or show a 404) before it navigates back to the agenda.
 */
export function invalidateAgenda(queryClient: QueryClient, slug: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: agendaKeys.occurrences(slug) }),
    queryClient.invalidateQueries({ queryKey: agendaKeys.load(slug) }),
    queryClient.invalidateQueries({ queryKey: agendaKeys.series(slug), refetchType: "none" }),
  ]);
}
