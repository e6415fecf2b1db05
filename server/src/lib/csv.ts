import { stringify } from "csv-stringify/sync";
import { guardFormula } from "@afdelingsplanner/shared";

/**
 * The one way this app writes a CSV file that people open in a spreadsheet (the roster, the members' list):
 * - every cell quoted, so separators, quotes and line feeds inside a cell stay inside it;
 * - every cell guarded against formula injection (guardFormula: = + - @ also after leading spaces or a
 *   non-breaking space, and a leading tab or carriage return, get an apostrophe);
 * - ";" between columns, because Excel set to Dutch uses the comma as the decimal sign and expects ";";
 * - a byte order mark, so Excel reads UTF-8 ("Avéres" does not turn into "AvÃ©res"), and CRLF line ends.
 */
export function spreadsheetCsv(columns: readonly string[], records: readonly (readonly string[])[]): string {
  return stringify(
    records.map((record) => record.map(guardFormula)),
    { bom: true, delimiter: ";", header: true, columns: columns.map(guardFormula), record_delimiter: "windows", quoted: true, quoted_empty: true },
  );
}
