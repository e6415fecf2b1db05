import { calendarDays, termsOfSeat } from "@afdelingsplanner/shared";
import type { AbolishSeatBody, NewSeatBody, SeatUpdateBody, SeatView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, staleVersion } from "../../lib/errors.ts";
import { endBoardRightsWithoutSeat } from "./boardRights.ts";
import { recordChange } from "./history.ts";
import { inRosterTransaction, openSeat, type ActionContext } from "./transaction.ts";
import { seatVersion, toSeatView } from "./views.ts";

const seatSelect = { id: true, function: true, portfolio: true, responsibilities: true, position: true, abolishedOn: true } as const;
const seatRowOf = (seat: { id: string; function: string; portfolio: string; responsibilities: string; position: number; abolishedOn: Date | null }) => ({
  ...seat,
  abolishedOn: seat.abolishedOn === null ? null : calendarDays.isoDateOf(seat.abolishedOn),
});

/** Adds a vacant seat at the end of the board (last position); someone takes it by an interim appointment or an election. */
export function addSeat(db: Database, context: ActionContext, body: NewSeatBody): Promise<SeatView> {
  return inRosterTransaction(db, context, async ({ tx, data }) => {
    const position = data.seats.reduce((highest, seat) => Math.max(highest, seat.position), 0) + 1;
    const values = { function: body.function.trim(), portfolio: body.portfolio?.trim() ?? "", responsibilities: body.responsibilities?.trim() ?? "" };
    if (values.function === "") throw badRequest("Give the seat a function, e.g. Penningmeester.", "VALIDATION_FAILED");
    const seat = await tx.boardSeat.create({ data: { branchId: context.branchId, ...values, position }, select: seatSelect });
    await recordChange(tx, context.branchId, context.actorUserId, { kind: "seat_added", seatId: seat.id, details: { function: values.function } });
    await recordAudit(tx, {
      branchId: context.branchId,
      actor: context.actor,
      entityType: "board_seat",
      entityId: seat.id,
      action: "created",
      summary: `Bestuurszetel ${values.function} toegevoegd`,
      changes: changedFields(null, values),
    });
    return toSeatView(seatRowOf(seat));
  });
}

/** Changes a seat's function, portfolio or responsibilities; `version` must be the one the caller saw. */
export function updateSeat(db: Database, context: ActionContext, seatId: string, body: SeatUpdateBody): Promise<SeatView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const seat = openSeat(data, seatId, today);
    if (seatVersion(seat) !== body.version) throw staleVersion("board seat");
    const before = { function: seat.function, portfolio: seat.portfolio, responsibilities: seat.responsibilities };
    const after = {
      function: body.function?.trim() ?? seat.function,
      portfolio: body.portfolio?.trim() ?? seat.portfolio,
      responsibilities: body.responsibilities?.trim() ?? seat.responsibilities,
    };
    if (after.function === "") throw badRequest("A seat needs a function, e.g. Penningmeester.", "VALIDATION_FAILED");
    const changes = changedFields(before, after);
    if (Object.keys(changes).length === 0) return toSeatView(seat);
    const updated = await tx.boardSeat.update({ where: { id: seatId, branchId: context.branchId }, data: after, select: seatSelect });
    await recordChange(tx, context.branchId, context.actorUserId, { kind: "seat_changed", seatId, details: { function: after.function } });
    await recordAudit(tx, { branchId: context.branchId, actor: context.actor, entityType: "board_seat", entityId: seatId, action: "updated", summary: `Bestuurszetel ${after.function} gewijzigd`, changes });
    return toSeatView(seatRowOf(updated));
  });
}

/**
 * Abolishes a seat from `abolishedOn` (opgeheven per): from that day it is off the roster and takes no
 * appointments, while its terms stay for the history and for rosters of earlier days. A term still
 * running ends the day before, as a departure would end it; terms planned for later are withdrawn. The
 * holder loses board rights unless they hold another seat.
 */
export function abolishSeat(db: Database, context: ActionContext, seatId: string, body: AbolishSeatBody): Promise<SeatView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const seat = openSeat(data, seatId, today);
    const abolishedOn = body.abolishedOn ?? today;
    if (abolishedOn > today) throw badRequest(`"abolishedOn" (${abolishedOn}) is in the future. Abolish the seat on the day itself or afterwards.`, "DATE_IN_FUTURE");
    const terms = termsOfSeat(data.terms, seatId);
    const begunSince = terms.find((term) => term.startDate >= abolishedOn && term.startDate <= today);
    if (begunSince) {
      throw conflict(`${begunSince.personName}'s term on this seat began on ${begunSince.startDate}, on or after ${abolishedOn}. Choose a later date or record the departure first.`, "TERM_AFTER_ABOLITION");
    }
    const lastDay = calendarDays.addDays(abolishedOn, -1);
    const withdrawn = terms.filter((term) => term.startDate > today);
    const running = terms.filter((term) => term.startDate <= lastDay && (term.endedEarlyOn ?? term.endDate) > lastDay);
    await tx.boardTerm.deleteMany({ where: { branchId: context.branchId, id: { in: withdrawn.map((term) => term.id) } } });
    for (const term of running) {
      await tx.boardTerm.update({ where: { id: term.id, branchId: context.branchId }, data: { endedEarlyOn: fromIsoDate(lastDay), departureNote: body.note ?? "" } });
    }
    const holder = await tx.boardSeat.findFirst({ where: { id: seatId, branchId: context.branchId }, select: { personId: true } });
    const updated = await tx.boardSeat.update({ where: { id: seatId, branchId: context.branchId }, data: { abolishedOn: fromIsoDate(abolishedOn), personId: null }, select: seatSelect });
    await recordChange(tx, context.branchId, context.actorUserId, {
      kind: "seat_abolished",
      seatId,
      personId: running[0]?.personId ?? null,
      termId: running[0]?.id ?? null,
      details: { abolishedOn, lastDay: running.length > 0 ? lastDay : undefined, note: body.note, cancelledTermIds: withdrawn.length > 0 ? withdrawn.map((term) => term.id) : undefined },
    });
    await recordAudit(tx, {
      branchId: context.branchId,
      actor: context.actor,
      entityType: "board_seat",
      entityId: seatId,
      action: "abolished",
      summary: `Bestuurszetel ${seat.function} opgeheven per ${abolishedOn}`,
      changes: changedFields(
        { abolishedOn: null, endedTerms: [], withdrawnTerms: [] },
        {
          abolishedOn,
          endedTerms: running.map((term) => `${term.personName}: ${term.startDate} – ${lastDay}`),
          withdrawnTerms: withdrawn.map((term) => `${term.personName}: ${term.startDate} – ${term.endDate}`),
        },
      ),
    });
    const formerHolders = new Set([holder?.personId, ...running.map((term) => term.personId)].filter((id): id is string => typeof id === "string"));
    for (const personId of formerHolders) await endBoardRightsWithoutSeat(tx, context, personId, `de zetel ${seat.function} is opgeheven`);
    return toSeatView(seatRowOf(updated));
  });
}
