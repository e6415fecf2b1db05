import type { InterimBody, TermResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath } from "./keys.ts";
import { useRosterMutation } from "./useRosterMutation.ts";

export function appointInterim(slug: string, seatId: string, body: InterimBody): Promise<TermResponse> {
  return apiFetch<TermResponse>(`${branchPath(slug)}/roster/seats/${encodeURIComponent(seatId)}/interim`, { method: "POST", body });
}

export function useAppointInterim(slug: string) {
  return useRosterMutation(slug, ({ seatId, body }: { seatId: string; body: InterimBody }) => appointInterim(slug, seatId, body));
}
