import { planDeparture, rosterRow, termsOfSeat } from "@afdelingsplanner/shared";
import { type BoardTermView, type DepartureBody, type StandingAgainBody } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import { endBoardRightsWithoutSeat } from "./boardRights.ts";
import { recordChange } from "./history.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { termSelect, toTermRow } from "./load.ts";
import { planProblemError } from "./problems.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";
import { toTermView } from "./service.ts";
import { inRosterTransaction, openSeat, type ActionContext } from "./transaction.ts";

/**
 * Records that the holder leaves (aftreden). Setting endedEarlyOn even when the last day is the end
 * date is deliberate: it is what tells a seat someone left (vacant) from a term that simply ran out
 * without a decision (expired). A reappointment already recorded for after that day is withdrawn.
 */
export function recordDeparture(db: Database, context: ActionContext, seatId: string, body: DepartureBody): Promise<BoardTermView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const seat = openSeat(data, seatId, today);
    const row = rosterRow(seat, data.terms, data.policy, today);
    const plan = planDeparture(row, today, body.lastDay);
    if (!plan.ok || row.termId === null) throw planProblemError(plan.ok ? "seat_vacant" : plan.problem, data.policy);
    const lastDay = plan.value;
    const withdrawn = termsOfSeat(data.terms, seatId).filter((term) => term.personId === row.personId && term.startDate > lastDay);
    await tx.boardTerm.deleteMany({ where: { branchId: context.branchId, id: { in: withdrawn.map((term) => term.id) } } });
    const updated = await tx.boardTerm.update({
      where: { id: row.termId, branchId: context.branchId },
      data: { endedEarlyOn: fromIsoDate(lastDay), departureNote: body.note ?? "" },
      select: termSelect,
    });
    await tx.boardSeat.update({ where: { id: seatId, branchId: context.branchId }, data: { personId: null } });
    // Leaving the board ends the rights that come with it at once, also when the last day is still ahead:
    // nothing runs later to take them away, and a member who has stepped down should not keep the roster.
    if (row.personId !== null) await endBoardRightsWithoutSeat(tx, context, row.personId, `geen bestuurszetel meer na vertrek als ${seat.function}`);
    await recordChange(tx, context.branchId, context.actorUserId, {
      kind: "departed",
      personId: row.personId,
      seatId,
      termId: row.termId,
      details: { lastDay, note: body.note, cancelledTermIds: withdrawn.length > 0 ? withdrawn.map((term) => term.id) : undefined },
    });
    await recordAudit(tx, {
      branchId: context.branchId,
      actor: context.actor,
      entityType: "board_term",
      entityId: row.termId,
      action: "departed",
      summary: `${updated.person.name} treedt af als ${seat.function}, laatste dag ${lastDay}`,
      changes: changedFields(
        { endedEarlyOn: null, departureNote: "", withdrawnTerms: [] },
        { endedEarlyOn: lastDay, departureNote: body.note ?? "", withdrawnTerms: withdrawn.map((term) => `${term.startDate} – ${term.endDate}`) },
      ),
    });
    return toTermView(toTermRow({ ...updated, seatId }));
  });
}

/** Records whether the holder wants another term; it belongs to the term that runs (or last ran) on the seat. */
export function recordStandingAgain(db: Database, context: ActionContext, seatId: string, body: StandingAgainBody): Promise<BoardTermView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const seat = openSeat(data, seatId, today);
    const row = rosterRow(seat, data.terms, data.policy, today);
    if (row.termId === null) throw planProblemError("seat_vacant", data.policy);
    const updated = await tx.boardTerm.update({
      where: { id: row.termId, branchId: context.branchId },
      data: { standingAgain: body.standingAgain },
      select: termSelect,
    });
    await recordChange(tx, context.branchId, context.actorUserId, {
      kind: "standing_again_recorded",
      personId: row.personId,
      seatId,
      termId: row.termId,
      details: { standingAgain: body.standingAgain },
    });
    const answer = { yes: "herkiesbaar", no: "niet herkiesbaar", undecided: "nog onbeslist over herkiesbaarheid" }[body.standingAgain];
    await recordAudit(tx, {
      branchId: context.branchId,
      actor: context.actor,
      entityType: "board_term",
      entityId: row.termId,
      action: "standing_again",
      summary: `${updated.person.name} (${seat.function}) is ${answer}`,
      changes: changedFields({ standingAgain: row.standingAgain }, { standingAgain: body.standingAgain }),
    });
    return toTermView(toTermRow({ ...updated, seatId }));
  });
}
