import { capitalise, dutchCount, dutchList, formatDutchDate } from "./dutch.ts";
import type { RosterRow } from "./roster.ts";
import type { RosterWarning, TermPolicy } from "./types.ts";

type HeldRow = RosterRow & { personId: string; name: string; termEnd: string };

const isHeld = (row: RosterRow): row is HeldRow => row.personId !== null && row.name !== null && row.termEnd !== null;

const SPREAD_ADVICE = "Spreid de termijnen, zodat niet iedereen tegelijk vertrekt.";

function endedWithoutDecision(rows: HeldRow[]): RosterWarning[] {
  const expired = rows.filter((row) => row.status === "expired");
  const [only] = expired;
  if (!only) return [];
  const message =
    expired.length === 1
      ? `De termijn van ${only.name} is op ${formatDutchDate(only.termEnd)} afgelopen, zonder besluit over herbenoeming of vertrek.`
      : `De termijnen van ${dutchList(expired.map((row) => row.name))} zijn afgelopen, zonder besluit over herbenoeming of vertrek.`;
  return [{ code: "ended_without_decision", message, personIds: expired.map((row) => row.personId) }];
}

/**
 * Whether this many terms ending on one day is a continuity risk. Alternating halves is the best a
 * staggered roster can do (three and two for five seats), so only more than half, rounded up, warns:
 * otherwise the roster the staggering proposal produces would warn about itself.
 */
export function isContinuityRisk(endingTogether: number, seatsHeld: number): boolean {
  return endingTogether >= 2 && endingTogether > Math.ceil(seatsHeld / 2);
}

function sameEndDate(rows: HeldRow[], asOf: string): RosterWarning[] {
  // Not Map.groupBy: Node 20, which the project supports, does not have it.
  const byDate = new Map<string, HeldRow[]>();
  for (const row of rows) byDate.set(row.termEnd, [...(byDate.get(row.termEnd) ?? []), row]);
  const warnings: RosterWarning[] = [];
  for (const [date, group] of [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!isContinuityRisk(group.length, rows.length)) continue;
    const past = date < asOf;
    const day = formatDutchDate(date);
    const count = dutchCount(group.length);
    let message: string;
    if (group.length === rows.length) {
      message = past
        ? `Alle ${count} termijnen eindigden op dezelfde dag, ${day}: het hele bestuur trad tegelijk af. ${SPREAD_ADVICE}`
        : `Alle ${count} termijnen eindigen op dezelfde dag, ${day}: dan treedt het hele bestuur tegelijk af. ${SPREAD_ADVICE}`;
    } else {
      const names = dutchList(group.map((row) => row.name));
      message = `${capitalise(count)} termijnen ${past ? "eindigden" : "eindigen"} op dezelfde dag, ${day} (${names}): een risico voor de continuïteit. ${SPREAD_ADVICE}`;
    }
    warnings.push({ code: "same_end_date", message, personIds: group.map((row) => row.personId) });
  }
  return warnings;
}

function vacantSeats(rows: RosterRow[]): RosterWarning[] {
  const vacant = rows.filter((row) => row.status === "vacant");
  if (vacant.length === 0) return [];
  const functions = dutchList(vacant.map((row) => row.function));
  const message = vacant.length === 1 ? `Er is een vacature in het bestuur: ${functions}.` : `Er zijn ${dutchCount(vacant.length)} vacatures in het bestuur: ${functions}.`;
  return [{ code: "vacant_seat", message, personIds: [] }];
}

function overTermLimit(rows: HeldRow[], policy: TermPolicy): RosterWarning[] {
  return rows
    .filter((row) => row.consecutiveTerms > policy.maxConsecutiveTerms)
    .map((row) => ({
      code: "over_term_limit",
      message: `${row.name} zit ${dutchCount(row.consecutiveTerms)} termijnen achter elkaar in het bestuur, meer dan het maximum van ${dutchCount(policy.maxConsecutiveTerms)}.`,
      personIds: [row.personId],
    }));
}

/** What a secretary must act on, most urgent first. Codes are stable; messages are Dutch and may be reworded. */
export function rosterWarnings(rows: RosterRow[], asOf: string, policy: TermPolicy): RosterWarning[] {
  const held = rows.filter(isHeld);
  return [...endedWithoutDecision(held), ...sameEndDate(held, asOf), ...vacantSeats(rows), ...overTermLimit(held, policy)];
}
