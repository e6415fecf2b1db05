import type { AbolishSeatBody, NewSeatBody, SeatResponse, SeatUpdateBody } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";
import { branchPath } from "./keys.ts";
import { useRosterMutation } from "./useRosterMutation.ts";

// The board's seats themselves (server: board/seatRoutes.ts). Each change refreshes the roster, the board page and the history.

export function addSeat(slug: string, body: NewSeatBody): Promise<SeatResponse> {
  return apiFetch<SeatResponse>(`${branchPath(slug)}/roster/seats`, { method: "POST", body });
}

export function updateSeat(slug: string, seatId: string, body: SeatUpdateBody): Promise<SeatResponse> {
  return apiFetch<SeatResponse>(`${branchPath(slug)}/roster/seats/${encodeURIComponent(seatId)}`, { method: "PATCH", body });
}

export function abolishSeat(slug: string, seatId: string, body: AbolishSeatBody): Promise<SeatResponse> {
  return apiFetch<SeatResponse>(`${branchPath(slug)}/roster/seats/${encodeURIComponent(seatId)}/abolition`, { method: "POST", body });
}

export function useAddSeat(slug: string) {
  return useRosterMutation(slug, (body: NewSeatBody) => addSeat(slug, body));
}

export function useUpdateSeat(slug: string) {
  return useRosterMutation(slug, ({ seatId, body }: { seatId: string; body: SeatUpdateBody }) => updateSeat(slug, seatId, body));
}

export function useAbolishSeat(slug: string) {
  return useRosterMutation(slug, ({ seatId, body }: { seatId: string; body: AbolishSeatBody }) => abolishSeat(slug, seatId, body));
}
