import { stringify } from "csv-stringify/sync";
import type { RosterStatus } from "@afdelingsplanner/shared";
import type { RosterEntry } from "@afdelingsplanner/shared/schemas";

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

/**
 * A cell starting with = + - @ or a control character would run as a formula when the file is opened
 * (CSV injection). Names and portfolios are typed by people, so such cells get a leading apostrophe.
 */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The roster as a spreadsheet file. The separator is ";" because Excel set to Dutch uses the comma as
 * the decimal sign and expects ";" between columns; the byte order mark makes Excel read UTF-8, so
 * "Avéres" does not turn into "AvÃ©res".
 */
export function rosterCsv(entries: RosterEntry[]): string {
  const records = entries.map((entry) => [
    safeText(entry.name ?? ""),
    safeText(entry.function),
    safeText(entry.portfolio),
    dutchDay(entry.termStart),
    dutchDay(entry.termEnd),
    entry.personId === null ? "" : String(entry.reappointments),
    STATUS_LABELS[entry.status],
  ]);
  return stringify(records, { bom: true, delimiter: ";", header: true, columns: COLUMNS, record_delimiter: "windows" });
}
