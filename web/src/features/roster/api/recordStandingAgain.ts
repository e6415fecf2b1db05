import type { StandingAgainBody, TermResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath } from "./keys.ts";
import { useRosterMutation } from "./useRosterMutation.ts";

export function recordStandingAgain(slug: string, seatId: string, body: StandingAgainBody): Promise<TermResponse> {
  return apiFetch<TermResponse>(`${branchPath(slug)}/roster/seats/${encodeURIComponent(seatId)}/standing-again`, { method: "PUT", body });
}

export function useRecordStandingAgain(slug: string) {
  return useRosterMutation(slug, ({ seatId, body }: { seatId: string; body: StandingAgainBody }) => recordStandingAgain(slug, seatId, body));
}
