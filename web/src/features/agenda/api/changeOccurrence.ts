import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { OccurrenceChangeBody } from "@afdelingsplanner/shared";
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

export function undoOccurrenceChange(slug: string, ref: OccurrenceRef): Promise<void> {
  return apiFetch<void>(occurrencePath(slug, ref), { method: "DELETE" });
}

/** Cancels, moves or changes one occurrence. */
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
    mutationFn: () => undoOccurrenceChange(slug, ref),
    onSuccess: () => invalidateAgenda(queryClient, slug),
  });
}
