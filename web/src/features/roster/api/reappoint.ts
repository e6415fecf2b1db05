import type { ReappointBody, TermResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath } from "./keys.ts";
import { useRosterMutation } from "./useRosterMutation.ts";

export function reappoint(slug: string, seatId: string, body: ReappointBody): Promise<TermResponse> {
  return apiFetch<TermResponse>(`${branchPath(slug)}/roster/seats/${encodeURIComponent(seatId)}/reappointment`, { method: "POST", body });
}

export function useReappoint(slug: string) {
  return useRosterMutation(slug, ({ seatId, body }: { seatId: string; body: ReappointBody }) => reappoint(slug, seatId, body));
}
