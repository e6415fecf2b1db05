import { IMPORT_FIELD_HEADERS, ROLE_WORDS, type BranchRole } from "@afdelingsplanner/shared";
import type { PeopleExportQuery } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { AuditActor } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import type { BranchScope } from "../../lib/clock.ts";
import { spreadsheetCsv } from "../../lib/csv.ts";
import { fromIsoDate, toIsoDate } from "../../lib/dates.ts";

// The members' list as a CSV file for the secretary (issue 14). Its columns are the ones an import reads,
// so an exported file imports again without changes. Personal data leaves the app here: every export is
// written to the audit log, in the same transaction as the read.

const COLUMNS = [...Object.values(IMPORT_FIELD_HEADERS), "status", "vertrokken op"];

/** 21-08-2024: the form Dutch spreadsheets read as a date (the import reads it back). */
const dutchDay = (date: Date) => toIsoDate(date).split("-").reverse().join("-");

export async function exportPeopleCsv(db: Database, branch: BranchScope, actor: AuditActor, query: PeopleExportQuery): Promise<{ csv: string; filename: string; count: number }> {
  const today = fromIsoDate(branch.today);
  const all = query.status === "all";
  // Erased former members are only a pseudonym: nothing of theirs to export.
  const where: Prisma.PersonWhereInput = { branchId: branch.id, erasedAt: null, ...(all ? {} : { OR: [{ leftOn: null }, { leftOn: { gt: today } }] }) };
  return db.$transaction(async (tx) => {
    const people = await tx.person.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        name: true,
        email: true,
        phone: true,
        joinedOn: true,
        leftOn: true,
        roles: { select: { role: true } },
        workingGroups: { select: { workingGroup: { select: { name: true } } } },
      },
    });
    const records = people.map((person) => {
      const left = person.leftOn !== null && person.leftOn.getTime() <= today.getTime();
      return [
        person.name,
        person.email ?? "",
        person.phone ?? "",
        dutchDay(person.joinedOn),
        person.roles.map((entry) => ROLE_WORDS[entry.role as BranchRole]).sort().join(", "),
        // "; " between groups: a group's name may hold a comma; the import splits on both.
        person.workingGroups.map((entry) => entry.workingGroup.name).sort((a, b) => a.localeCompare(b, "nl")).join("; "),
        left ? "vertrokken" : "actief",
        person.leftOn ? dutchDay(person.leftOn) : "",
      ];
    });
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "branch",
      entityId: branch.id,
      action: "people_exported",
      summary: `Ledenlijst geëxporteerd als CSV-bestand: ${people.length} ${people.length === 1 ? "persoon" : "personen"} met e-mailadres en telefoon${all ? ", ook oud-leden" : ""}`,
      changes: { count: { from: null, to: people.length }, status: { from: null, to: all ? "all" : "active" } },
    });
    return { csv: spreadsheetCsv(COLUMNS, records), filename: `leden-${branch.slug}-${branch.today}.csv`, count: people.length };
  });
}
