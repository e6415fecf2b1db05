import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ImportApplyBody, ImportApplyResponse, ImportPreviewBody, ImportPreviewResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch, branchPath } from "../../../lib/api.ts";
import { downloadFile } from "../../../lib/download.ts";
import { peopleKeys } from "./keys.ts";

export function previewImport(slug: string, body: ImportPreviewBody, signal?: AbortSignal): Promise<ImportPreviewResponse> {
  return apiFetch<ImportPreviewResponse>(`${branchPath(slug)}/people/import/preview`, { method: "POST", body, signal });
}

export function applyImport(slug: string, body: ImportApplyBody): Promise<ImportApplyResponse> {
  return apiFetch<ImportApplyResponse>(`${branchPath(slug)}/people/import`, { method: "POST", body });
}

/** Applying an import: afterwards the members' list and the invitations are read again. */
export function useApplyImport(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportApplyBody) => applyImport(slug, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: peopleKeys.all(slug) });
      void client.invalidateQueries({ queryKey: peopleKeys.invitations(slug) });
    },
  });
}

/** Downloads the members' CSV file (the server logs the export). */
export function downloadPeopleCsv(slug: string): Promise<void> {
  return downloadFile(`${branchPath(slug)}/people/export.csv`, "text/csv", "leden.csv");
}
