import { createHash } from "node:crypto";
import type { SeatView } from "@afdelingsplanner/shared/schemas";
import type { SeatRow } from "./load.ts";

/**
 * BoardSeat has no version column, so a seat's version is a fingerprint of what an edit can change:
 * an edit made against a seat someone else changed meanwhile no longer matches and gets 409.
 */
export function seatVersion(seat: Pick<SeatRow, "function" | "portfolio" | "responsibilities" | "abolishedOn">): string {
  return createHash("sha256")
    .update(JSON.stringify([seat.function, seat.portfolio, seat.responsibilities, seat.abolishedOn]))
    .digest("base64url")
    .slice(0, 16);
}

export function toSeatView(seat: SeatRow): SeatView {
  return {
    seatId: seat.id,
    function: seat.function,
    portfolio: seat.portfolio,
    responsibilities: seat.responsibilities,
    position: seat.position,
    abolishedOn: seat.abolishedOn,
    version: seatVersion(seat),
  };
}
