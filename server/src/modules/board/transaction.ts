import { type BoardTermView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import type { AuditActor } from "../../lib/audit.ts";
import { loadBoardData, termSelect, toTermRow, type BoardData, type SeatRow } from "./load.ts";
import { toTermView } from "./service.ts";

/** Who changes the roster of which branch, and that branch's today. */
export interface ActionContext {
  branchId: string;
  /** Today in the branch's time zone, from the app's clock. */
  today: string;
  actorUserId: string;
  /** The same caller, for the audit log (logboek). */
  actor: AuditActor;
}

export interface RosterTransaction {
  tx: Prisma.TransactionClient;
  data: BoardData;
  today: string;
}

/**
 * Runs one roster action: it locks the branch's roster, reads it fresh and writes the change and its
 * history row in one transaction. The lock makes two secretaries reappointing at once take turns, so
 * neither can slip past the other's check. FOR NO KEY UPDATE leaves other features' inserts that
 * reference the branch free to proceed.
 */
export function inRosterTransaction<T>(db: Database, context: ActionContext, action: (run: RosterTransaction) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Branch" WHERE id = ${context.branchId}::uuid FOR NO KEY UPDATE`;
    const data = await loadBoardData(tx, context.branchId);
    return action({ tx, data, today: context.today });
  });
}

export function findSeat(data: BoardData, seatId: string): SeatRow {
  const seat = data.seats.find((candidate) => candidate.id === seatId);
  if (!seat) throw notFound("Board seat");
  return seat;
}

/** A seat that still exists today: an abolished one keeps its history but takes no appointments or changes. */
export function openSeat(data: BoardData, seatId: string, today: string): SeatRow {
  const seat = findSeat(data, seatId);
  if (seat.abolishedOn !== null && seat.abolishedOn <= today) {
    throw conflict(`This seat was abolished on ${seat.abolishedOn}; it takes no appointments any more.`, "SEAT_ABOLISHED");
  }
  return seat;
}

type NewTerm = Omit<Prisma.BoardTermUncheckedCreateInput, "branchId"> & { seatId: string };

export async function createTerm(tx: Prisma.TransactionClient, branchId: string, data: NewTerm): Promise<BoardTermView> {
  const term = await tx.boardTerm.create({ data: { ...data, branchId }, select: termSelect });
  return toTermView(toTermRow({ ...term, seatId: data.seatId }));
}
