// The board as the plan of BIJ1 Den Haag describes it (../shared/notes/domain.md): all five elected
// on 2022-08-21 for two years, so every term ends on 2024-08-21, reappointed 0 times, nobody has said
// yet whether they stand again. In the demo's "today" (late 2026) all five terms have ended: exactly
// what the roster must make a secretary see.
import { DEFAULT_TERM_POLICY } from "@afdelingsplanner/shared";
import { fromIsoDate as day } from "../lib/dates.ts";
import type { DemoBranchContext } from "./context.ts";

const ELECTED_ON = "2022-08-21";
const TERM_ENDS = "2024-08-21";

export async function seedDemoRoster({ tx, branchId, branchSlug, seatIdByEmail, personIdByEmail }: DemoBranchContext): Promise<void> {
  if (branchSlug !== "den-haag") return;
  await tx.boardTermPolicy.create({ data: { branchId, ...DEFAULT_TERM_POLICY } });
  for (const [email, seatId] of seatIdByEmail) {
    const personId = personIdByEmail.get(email);
    if (!personId) throw new Error(`Demo roster names unknown person ${email}`);
    const term = await tx.boardTerm.create({
      data: {
        branchId,
        seatId,
        personId,
        kind: "elected",
        startDate: day(ELECTED_ON),
        endDate: day(TERM_ENDS),
        decidedOn: day(ELECTED_ON),
        decisionNote: "Gekozen op de oprichtingsvergadering van de afdeling",
        standingAgain: "undecided",
      },
    });
    // Dated at the election, so the history reads in the order things happened.
    await tx.rosterEvent.create({
      data: {
        branchId,
        kind: "elected",
        personId,
        seatId,
        termId: term.id,
        createdAt: new Date(`${ELECTED_ON}T18:00:00Z`),
        details: { startDate: ELECTED_ON, endDate: TERM_ENDS, decidedOn: ELECTED_ON },
      },
    });
  }
}
