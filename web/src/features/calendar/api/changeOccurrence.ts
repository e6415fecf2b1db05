import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { OccurrenceChangeBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { invalidateAgenda } from "./invalidate.ts";
import { branchPath } from "./keys.ts";

/** One occurrence of a series, by the local date it was planned on. */
export interface OccurrenceRef {
  seriesId: string;
  date: string;
}

function occurrencePath(slug: string, { seriesId, date }: OccurrenceRef): string {
  return `${branchPath(slug)}/series/${encodeURIComponent(seriesId)}/occurrences/${encodeURIComponent(date)}`;
}

export function changeOccurrence(slug: string, ref: OccurrenceRef, body: OccurrenceChangeBody): Promise<unknown> {
  return apiFetch<unknown>(occurrencePath(slug, ref), { method: "PUT", body });
}

/** `version` is the exceptionVersion the user saw; a stale one gets 409 STALE_VERSION. */
export function undoOccurrenceChange(slug: string, ref: OccurrenceRef, version: number): Promise<void> {
  return apiFetch<void>(`${occurrencePath(slug, ref)}?version=${encodeURIComponent(version)}`, { method: "DELETE" });
}

/** Cancels, moves or changes one occurrence; the body names the exceptionVersion the user saw. */
export function useChangeOccurrence(slug: string, ref: OccurrenceRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OccurrenceChangeBody) => changeOccurrence(slug, ref, body),
    onSuccess: () => invalidateAgenda(queryClient, slug),
  });
}

/** Puts the occurrence back as the series plans it. */
export function useUndoOccurrenceChange(slug: string, ref: OccurrenceRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => undoOccurrenceChange(slug, ref, version),
    onSuccess: () => invalidateAgenda(queryClient, slug),
  });
}
