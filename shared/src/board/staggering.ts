import { addMonths, laterOf } from "./dates.ts";
import type { RosterRow } from "./roster.ts";
import type { TermPolicy } from "./types.ts";
import { isContinuityRisk } from "./warnings.ts";

export interface StaggeredTerm {
  seatId: string;
  personId: string;
  name: string;
  function: string;
  startDate: string;
  endDate: string;
  months: number;
}

export type SkipReason = "term_limit" | "not_standing_again" | "already_followed_up";

export interface StaggeringProposal {
  /** The day the clustered terms end (or ended). */
  sharedEndDate: string;
  terms: StaggeredTerm[];
  /** Holders in the cluster who get no new term, and why: their seats need someone else. */
  skipped: { seatId: string; personId: string; name: string; reason: SkipReason }[];
}

function skipReason(row: RosterRow): SkipReason | null {
  if (row.nextTermStart !== null) return "already_followed_up";
  if (!row.eligibleForReappointment) return "term_limit";
  if (row.standingAgain === "no") return "not_standing_again";
  return null;
}

/**
 * A staggered rooster van aftreden for the terms that end together: the holders get their next term,
 * alternately a full term and a half one, so that afterwards about half the board retires each time
 * and the other half stays on. Each new term starts when the old one ends, or today if it already
 * has. Returns null when no continuity risk exists or fewer than two people could alternate.
 */
export function proposeStaggering(rows: RosterRow[], policy: TermPolicy, today: string): StaggeringProposal | null {
  const held = rows.filter((row) => row.personId !== null && row.termEnd !== null);
  const byDate = new Map<string, RosterRow[]>();
  for (const row of held) byDate.set(row.termEnd ?? "", [...(byDate.get(row.termEnd ?? "") ?? []), row]);
  const cluster = [...byDate.entries()].find(([, group]) => isContinuityRisk(group.length, held.length));
  if (!cluster) return null;

  const [sharedEndDate, group] = cluster;
  const halfTerm = Math.max(1, Math.round(policy.termLengthMonths / 2));
  const proposal: StaggeringProposal = { sharedEndDate, terms: [], skipped: [] };
  for (const row of [...group].sort((a, b) => a.position - b.position)) {
    const personId = row.personId ?? "";
    const name = row.name ?? "";
    const reason = skipReason(row);
    if (reason) {
      proposal.skipped.push({ seatId: row.seatId, personId, name, reason });
      continue;
    }
    const months = proposal.terms.length % 2 === 0 ? policy.termLengthMonths : halfTerm;
    const startDate = laterOf(sharedEndDate, today);
    proposal.terms.push({ seatId: row.seatId, personId, name, function: row.function, startDate, endDate: addMonths(startDate, months), months });
  }
  return proposal.terms.length >= 2 ? proposal : null;
}
