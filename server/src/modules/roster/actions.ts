import {
  buildRoster,
  calendarDays,
  planDeparture,
  planInterim,
  planReappointment,
  proposeStaggering,
  rosterRow,
  termsOfSeat,
  type ApplyStaggeringBody,
  type BoardTermView,
  type DepartureBody,
  type InterimBody,
  type PolicyBody,
  type ReappointBody,
  type StandingAgainBody,
  type TermPolicyView,
} from "@afdelingsplanner/shared";
import type { Database } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { AppError, badRequest, conflict, notFound } from "../../lib/errors.ts";
import { recordChange } from "./history.ts";
import { dbDate, loadBoardData, termSelect, toTermRow, type BoardData, type SeatRow } from "./load.ts";
import { planProblemError } from "./problems.ts";
import { toTermView } from "./service.ts";

/** Who changes the roster of which branch, and that branch's today. */
export interface ActionContext {
  branchId: string;
  timeZone: string;
  actorUserId: string;
}

interface RosterTransaction {
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
function inRosterTransaction<T>(db: Database, context: ActionContext, action: (run: RosterTransaction) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Branch" WHERE id = ${context.branchId}::uuid FOR NO KEY UPDATE`;
    const data = await loadBoardData(tx, context.branchId);
    return action({ tx, data, today: calendarDays.todayIn(context.timeZone) });
  });
}

function openSeat(data: BoardData, seatId: string, today: string): SeatRow {
  const seat = data.seats.find((candidate) => candidate.id === seatId);
  if (!seat || (seat.abolishedOn !== null && seat.abolishedOn <= today)) throw notFound("Board seat");
  return seat;
}

type NewTerm = Omit<Prisma.BoardTermUncheckedCreateInput, "branchId"> & { seatId: string };

async function createTerm(tx: Prisma.TransactionClient, branchId: string, data: NewTerm): Promise<BoardTermView> {
  const term = await tx.boardTerm.create({ data: { ...data, branchId }, select: termSelect });
  return toTermView(toTermRow({ ...term, seatId: data.seatId }));
}

export function reappoint(db: Database, context: ActionContext, seatId: string, body: ReappointBody): Promise<BoardTermView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const row = rosterRow(openSeat(data, seatId, today), data.terms, data.policy, today);
    const plan = planReappointment(row, data.policy, today, body.startDate);
    if (!plan.ok || row.personId === null) throw planProblemError(plan.ok ? "seat_vacant" : plan.problem, data.policy);
    const { startDate, endDate } = plan.value;
    const decidedOn = body.decidedOn ?? startDate;
    const term = await createTerm(tx, context.branchId, {
      seatId,
      personId: row.personId,
      kind: "reappointed",
      startDate: dbDate(startDate),
      endDate: dbDate(endDate),
      decidedOn: dbDate(decidedOn),
      decisionNote: body.note ?? "",
    });
    await recordChange(tx, context.branchId, context.actorUserId, {
      kind: "reappointed",
      personId: term.personId,
      seatId,
      termId: term.termId,
      details: { startDate, endDate, decidedOn, note: body.note },
    });
    return term;
  });
}

/**
 * Records that the holder leaves (aftreden). Setting endedEarlyOn even when the last day is the end
 * date is deliberate: it is what tells a seat someone left (vacant) from a term that simply ran out
 * without a decision (expired). A reappointment already recorded for after that day is withdrawn.
 */
export function recordDeparture(db: Database, context: ActionContext, seatId: string, body: DepartureBody): Promise<BoardTermView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const row = rosterRow(openSeat(data, seatId, today), data.terms, data.policy, today);
    const plan = planDeparture(row, today, body.lastDay);
    if (!plan.ok || row.termId === null) throw planProblemError(plan.ok ? "seat_vacant" : plan.problem, data.policy);
    const lastDay = plan.value;
    const withdrawn = termsOfSeat(data.terms, seatId).filter((term) => term.personId === row.personId && term.startDate > lastDay);
    await tx.boardTerm.deleteMany({ where: { branchId: context.branchId, id: { in: withdrawn.map((term) => term.id) } } });
    const updated = await tx.boardTerm.update({
      where: { id: row.termId, branchId: context.branchId },
      data: { endedEarlyOn: dbDate(lastDay), departureNote: body.note ?? "" },
      select: termSelect,
    });
    await tx.boardSeat.update({ where: { id: seatId, branchId: context.branchId }, data: { personId: null } });
    await recordChange(tx, context.branchId, context.actorUserId, {
      kind: "departed",
      personId: row.personId,
      seatId,
      termId: row.termId,
      details: { lastDay, note: body.note, cancelledTermIds: withdrawn.length > 0 ? withdrawn.map((term) => term.id) : undefined },
    });
    return toTermView(toTermRow({ ...updated, seatId }));
  });
}

/**
 * Appoints someone to a vacant or expired seat until the next members' meeting can elect (tussentijds).
 * They also get the board_member role: it is what invites them to board meetings and lets them keep the roster.
 */
export function appointInterim(db: Database, context: ActionContext, seatId: string, body: InterimBody): Promise<BoardTermView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    openSeat(data, seatId, today);
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
      startDate: dbDate(plan.value.startDate),
      endDate: dbDate(plan.value.endDate),
      decidedOn: dbDate(decidedOn),
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
    return term;
  });
}

/** Records whether the holder wants another term; it belongs to the term that runs (or last ran) on the seat. */
export function recordStandingAgain(db: Database, context: ActionContext, seatId: string, body: StandingAgainBody): Promise<BoardTermView> {
  return inRosterTransaction(db, context, async ({ tx, data, today }) => {
    const row = rosterRow(openSeat(data, seatId, today), data.terms, data.policy, today);
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
    return toTermView(toTermRow({ ...updated, seatId }));
  });
}

/** Changes the term policy. `version` must be the one the caller saw, so two edits cannot silently overwrite each other. */
export function changePolicy(db: Database, context: ActionContext, body: PolicyBody): Promise<TermPolicyView> {
  return inRosterTransaction(db, context, async ({ tx, data }) => {
    if (body.version !== data.policy.version) throw conflict("The policy was changed by someone else in the meantime. Reload it and try again.");
    const values = { termLengthMonths: body.termLengthMonths, maxConsecutiveTerms: body.maxConsecutiveTerms, endingSoonWindowMonths: body.endingSoonWindowMonths };
    const policy = await tx.boardTermPolicy.upsert({
      where: { branchId: context.branchId },
      create: { branchId: context.branchId, ...values, version: body.version + 1 },
      update: { ...values, version: body.version + 1 },
      select: { termLengthMonths: true, maxConsecutiveTerms: true, endingSoonWindowMonths: true, version: true },
    });
    await recordChange(tx, context.branchId, context.actorUserId, { kind: "policy_changed", details: { policy: values } });
    return policy;
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
        startDate: dbDate(planned.startDate),
        endDate: dbDate(planned.endDate),
        decidedOn: dbDate(decidedOn),
        decisionNote: body.note ?? "",
      });
      await recordChange(tx, context.branchId, context.actorUserId, {
        kind: "staggering_applied",
        personId: planned.personId,
        seatId: planned.seatId,
        termId: term.termId,
        details: { startDate: planned.startDate, endDate: planned.endDate, decidedOn, termCount: proposal.terms.length, note: body.note },
      });
      created.push(term);
    }
    return created;
  });
}
