import { Value } from "@sinclair/typebox/value";
import { ROSTER_EVENT_KINDS, RosterEventDetails, type RosterEventKind, type RosterEventView } from "@afdelingsplanner/shared/schemas";
import type { Prisma } from "../../generated/prisma/client.ts";

import type { Db } from "../../db/client.ts";

// The history screen shows the latest changes; a branch's roster changes a few times a year.
const HISTORY_LIMIT = 200;

export interface RosterChange {
  kind: RosterEventKind;
  personId?: string | null;
  seatId?: string | null;
  termId?: string | null;
  details: RosterEventDetails;
}

/** Appends one row to the roster's history. Call it inside the transaction that makes the change. */
export async function recordChange(tx: Prisma.TransactionClient, branchId: string, actorUserId: string, change: RosterChange): Promise<void> {
  await tx.rosterEvent.create({
    data: {
      branchId,
      actorUserId,
      kind: change.kind,
      personId: change.personId ?? null,
      seatId: change.seatId ?? null,
      termId: change.termId ?? null,
      details: change.details,
    },
  });
}

const isEventKind = (kind: string): kind is RosterEventKind => ROSTER_EVENT_KINDS.some((known) => known === kind);

export async function listHistory(db: Db, branchId: string): Promise<RosterEventView[]> {
  const events = await db.rosterEvent.findMany({ where: { branchId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: HISTORY_LIMIT });
  const personIds = [...new Set(events.flatMap((event) => (event.personId ? [event.personId] : [])))];
  const seatIds = [...new Set(events.flatMap((event) => (event.seatId ? [event.seatId] : [])))];
  const actorIds = [...new Set(events.flatMap((event) => (event.actorUserId ? [event.actorUserId] : [])))];
  // Names come from this branch only: an id that is not ours shows as unknown rather than leaking.
  const [people, seats, actors] = await Promise.all([
    db.person.findMany({ where: { branchId, id: { in: personIds } }, select: { id: true, name: true } }),
    db.boardSeat.findMany({ where: { branchId, id: { in: seatIds } }, select: { id: true, function: true } }),
    db.person.findMany({ where: { branchId, userId: { in: actorIds } }, select: { userId: true, name: true } }),
  ]);
  const personName = new Map(people.map((person) => [person.id, person.name]));
  const seatFunction = new Map(seats.map((seat) => [seat.id, seat.function]));
  const actorName = new Map(actors.map((actor) => [actor.userId, actor.name]));

  return events.flatMap((event) => {
    if (!isEventKind(event.kind)) return [];
    const name = event.personId ? personName.get(event.personId) : undefined;
    return [
      {
        id: event.id,
        kind: event.kind,
        createdAt: event.createdAt.toISOString(),
        person: event.personId && name ? { personId: event.personId, name } : null,
        seatFunction: (event.seatId && seatFunction.get(event.seatId)) ?? null,
        actorName: (event.actorUserId && actorName.get(event.actorUserId)) ?? null,
        // Rows written by older code may lack fields or carry others; show what still fits the schema.
        details: Value.Check(RosterEventDetails, event.details) ? event.details : {},
      },
    ];
  });
}
