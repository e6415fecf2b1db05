import { buildRoster, planReappointment, proposeStaggering, rosterRow } from "@afdelingsplanner/shared";
import { type ApplyStaggeringBody, type BoardTermView, type ReappointBody } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../lib/errors.ts";
import { recordChange } from "./history.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { planProblemError } from "./problems.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";
import { createTerm, inRosterTransaction, openSeat, type ActionContext } from "./transaction.ts";

export function reappoint(db: Database, context: ActionContext, seatId: string, body: ReappointBody): Promise<BoardTermView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const seat = openSeat(data, seatId, today);
    const row = rosterRow(seat, data.terms, data.policy, today);
    const plan = planReappointment(row, data.policy, today, body.startDate);
    if (!plan.ok || row.personId === null) throw planProblemError(plan.ok ? "seat_vacant" : plan.problem, data.policy);
    const { startDate, endDate } = plan.value;
    const decidedOn = body.decidedOn ?? startDate;
    const term = await createTerm(tx, context.branchId, {
      seatId,
      personId: row.personId,
      kind: "reappointed",
      startDate: fromIsoDate(startDate),
      endDate: fromIsoDate(endDate),
      decidedOn: fromIsoDate(decidedOn),
      decisionNote: body.note ?? "",
    });
    await recordChange(tx, context.branchId, context.actorUserId, {
      kind: "reappointed",
      personId: term.personId,
      seatId,
      termId: term.termId,
      details: { startDate, endDate, decidedOn, note: body.note },
    });
    await recordAudit(tx, {
      branchId: context.branchId,
      actor: context.actor,
      entityType: "board_term",
      entityId: term.termId,
      action: "reappointed",
      summary: `${term.name} herbenoemd als ${seat.function}, van ${startDate} tot en met ${endDate}`,
      changes: changedFields(null, { person: term.name, seat: seat.function, kind: "reappointed", startDate, endDate, decidedOn, note: body.note ?? "" }),
    });
    return term;
  });
}

/**
 * Applies today's staggering proposal: one new term per proposed seat, each with its history row.
 * `seatIds` must match the proposal the secretary confirmed; if the roster changed since, nothing is written.
 */
export function applyStaggering(db: Database, context: ActionContext, body: ApplyStaggeringBody): Promise<BoardTermView[]> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const proposal = proposeStaggering(buildRoster({ ...data, asOf: today }).rows, data.policy, today);
    const proposed = new Set(proposal?.terms.map((term) => term.seatId));
    if (!proposal || proposed.size !== body.seatIds.length || body.seatIds.some((seatId) => !proposed.has(seatId))) {
      throw new AppError(409, "PROPOSAL_CHANGED", "The staggering proposal has changed since you saw it. Reload the roster and check the new proposal.");
    }
    const created: BoardTermView[] = [];
    for (const planned of proposal.terms) {
      const decidedOn = body.decidedOn ?? planned.startDate;
      const term = await createTerm(tx, context.branchId, {
        seatId: planned.seatId,
        personId: planned.personId,
        kind: "reappointed",
        startDate: fromIsoDate(planned.startDate),
        endDate: fromIsoDate(planned.endDate),
        decidedOn: fromIsoDate(decidedOn),
        decisionNote: body.note ?? "",
      });
      await recordChange(tx, context.branchId, context.actorUserId, {
        kind: "staggering_applied",
        personId: planned.personId,
        seatId: planned.seatId,
        termId: term.termId,
        details: { startDate: planned.startDate, endDate: planned.endDate, decidedOn, termCount: proposal.terms.length, note: body.note },
      });
      // One entry per new term, like the roster history: each is a term someone can look up.
      await recordAudit(tx, {
        branchId: context.branchId,
        actor: context.actor,
        entityType: "board_term",
        entityId: term.termId,
        action: "staggered",
        summary: `${term.name} herbenoemd tot en met ${planned.endDate} om het aftreden te spreiden`,
        changes: changedFields(null, { person: term.name, kind: "reappointed", startDate: planned.startDate, endDate: planned.endDate, decidedOn, note: body.note ?? "" }),
      });
      created.push(term);
    }
    return created;
  });
}
