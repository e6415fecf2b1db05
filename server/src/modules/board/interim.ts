import { buildRoster, planInterim, termsOfSeat } from "@afdelingsplanner/shared";
import { type BoardTermView, type InterimBody } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import { AppError, badRequest } from "../../lib/errors.ts";
import { recordChange } from "./history.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { planProblemError } from "./problems.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";
import { createTerm, inRosterTransaction, openSeat, type ActionContext } from "./transaction.ts";

/**
 * Appoints someone to a vacant or expired seat until the next members' meeting can elect (tussentijds).
 * They also get the board_member role: it is what invites them to board meetings and lets them keep the roster.
 */
export function appointInterim(db: Database, context: ActionContext, seatId: string, body: InterimBody): Promise<BoardTermView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const seat = openSeat(data, seatId, today);
    const person = await tx.person.findFirst({ where: { id: body.personId, branchId: context.branchId }, select: { id: true, active: true } });
    if (!person) throw badRequest("personId is not a member of this branch.", "UNKNOWN_PERSON");
    if (!person.active) throw badRequest("This member is no longer active and cannot join the board.", "INACTIVE_PERSON");
    const startDate = body.startDate ?? today;
    const elsewhere = buildRoster({ ...data, asOf: startDate }).rows.find(
      (row) => row.personId === person.id && row.seatId !== seatId && (row.status === "active" || row.status === "ending_soon"),
    );
    if (elsewhere) throw new AppError(409, "ALREADY_ON_BOARD", `This member already holds the seat "${elsewhere.function}" on that date.`);
    const plan = planInterim(termsOfSeat(data.terms, seatId), data.policy, startDate, body.endDate);
    if (!plan.ok) throw planProblemError(plan.problem, data.policy);
    const decidedOn = body.decidedOn ?? startDate;
    const term = await createTerm(tx, context.branchId, {
      seatId,
      personId: person.id,
      kind: "interim",
      startDate: fromIsoDate(plan.value.startDate),
      endDate: fromIsoDate(plan.value.endDate),
      decidedOn: fromIsoDate(decidedOn),
      decisionNote: body.note ?? "",
    });
    await tx.boardSeat.update({ where: { id: seatId, branchId: context.branchId }, data: { personId: person.id } });
    await tx.branchRole.upsert({
      where: { branchId_personId_role: { branchId: context.branchId, personId: person.id, role: "board_member" } },
      create: { branchId: context.branchId, personId: person.id, role: "board_member" },
      update: {},
    });
    await recordChange(tx, context.branchId, context.actorUserId, {
      kind: "interim_appointed",
      personId: person.id,
      seatId,
      termId: term.termId,
      details: { ...plan.value, decidedOn, note: body.note },
    });
    await recordAudit(tx, {
      branchId: context.branchId,
      actor: context.actor,
      entityType: "board_term",
      entityId: term.termId,
      action: "interim_appointed",
      summary: `${term.name} tussentijds benoemd als ${seat.function}, tot en met ${plan.value.endDate}`,
      changes: changedFields(null, { person: term.name, seat: seat.function, kind: "interim", ...plan.value, decidedOn, note: body.note ?? "" }),
    });
    return term;
  });
}
