// The plan's rhythm for BIJ1 Den Haag (../shared/notes/domain.md), valid from 2022-09-01: the template's
// series (shared/src/branchTemplate.ts) with Den Haag's own places, and Politieke agenda organising the
// theme evenings.
import { TEMPLATE_SERIES } from "@afdelingsplanner/shared";
import type { DemoBranchContext } from "./context.ts";
import { templateSeriesRows } from "../modules/admin/template.ts";

const VALID_FROM = new Date("2022-09-01T00:00:00Z");

const LOCATIONS: Record<string, string> = {
  board: "Buurthuis De Mussen, Hoefkade 602",
  communicatie: "Online (Jitsi)",
  "politieke-agenda": "Bibliotheek Schilderswijk",
  organizing: "Online (Jitsi)",
  "branch-meeting": "Buurthuis De Mussen, Hoefkade 602",
  theme: "Zaal Stek, Stadhoudersplantsoen 24",
};

export async function seedDemoMeetings({ tx, branchId, branchSlug, workingGroupIdBySlug }: DemoBranchContext): Promise<void> {
  if (branchSlug !== "den-haag") return;
  const series = templateSeriesRows(TEMPLATE_SERIES, { branchId, validFrom: VALID_FROM, workingGroupIdBySlug }).map((row, index) => {
    const key = TEMPLATE_SERIES[index]?.key ?? "";
    const organiser = key === "theme" ? workingGroupIdBySlug.get("politieke-agenda") : undefined;
    return { ...row, location: LOCATIONS[key] ?? "", ...(organiser ? { workingGroupId: organiser } : {}) };
  });
  await tx.meetingSeries.createMany({ data: series });
}
