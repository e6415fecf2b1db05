import type { ClashCheckResponse, OccurrenceChangeBody, SeriesCreateBody, SeriesUpdateBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import type { OccurrenceRef } from "./changeOccurrence.ts";
import { branchPath } from "./keys.ts";

// Clash warnings before saving: the same body as the save, nothing is written (issue 18).

export function checkNewSeries(slug: string, body: SeriesCreateBody): Promise<ClashCheckResponse> {
  return apiFetch<ClashCheckResponse>(`${branchPath(slug)}/series/check`, { method: "POST", body });
}

export function checkSeriesChange(slug: string, seriesId: string, body: SeriesUpdateBody): Promise<ClashCheckResponse> {
  return apiFetch<ClashCheckResponse>(`${branchPath(slug)}/series/${encodeURIComponent(seriesId)}/check`, { method: "POST", body });
}

export function checkOccurrenceChange(slug: string, { seriesId, date }: OccurrenceRef, body: OccurrenceChangeBody): Promise<ClashCheckResponse> {
  return apiFetch<ClashCheckResponse>(`${branchPath(slug)}/series/${encodeURIComponent(seriesId)}/occurrences/${encodeURIComponent(date)}/check`, { method: "POST", body });
}
