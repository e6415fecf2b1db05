import type { DepartureBody, TermResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath } from "./keys.ts";
import { useRosterMutation } from "./useRosterMutation.ts";

export function recordDeparture(slug: string, seatId: string, body: DepartureBody): Promise<TermResponse> {
  return apiFetch<TermResponse>(`${branchPath(slug)}/roster/seats/${encodeURIComponent(seatId)}/departure`, { method: "POST", body });
}

export function useRecordDeparture(slug: string) {
  return useRosterMutation(slug, ({ seatId, body }: { seatId: string; body: DepartureBody }) => recordDeparture(slug, seatId, body));
}
