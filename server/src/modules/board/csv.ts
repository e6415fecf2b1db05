import type { RosterStatus } from "@afdelingsplanner/shared";
import type { RosterEntry } from "@afdelingsplanner/shared/schemas";
import { spreadsheetCsv } from "../../lib/csv.ts";

const STATUS_LABELS: Record<RosterStatus, string> = {
  active: "Actief",
  ending_soon: "Loopt binnenkort af",
  expired: "Verlopen",
  vacant: "Vacant",
};

const COLUMNS = ["Bestuurslid", "Functie", "Portefeuille", "Start termijn", "Einde termijn", "Aantal keer herbenoemd", "Status"];

/** 21-08-2024: the form Dutch spreadsheets read as a date. */
function dutchDay(isoDate: string | null): string {
  if (isoDate === null) return "";
  const [year, month, day] = isoDate.split("-");
  return `${day}-${month}-${year}`;
}

/** The roster as a spreadsheet file (quoted, formula-safe, ";"-separated with a byte order mark: lib/csv.ts). */
export function rosterCsv(entries: RosterEntry[]): string {
  const records = entries.map((entry) => [
    entry.name ?? "",
    entry.function,
    entry.portfolio,
    dutchDay(entry.termStart),
    dutchDay(entry.termEnd),
    entry.personId === null ? "" : String(entry.reappointments),
    STATUS_LABELS[entry.status],
  ]);
  return spreadsheetCsv(COLUMNS, records);
}
