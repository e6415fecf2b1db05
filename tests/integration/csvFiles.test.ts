import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { guardFormula } from "@afdelingsplanner/shared";
import { spreadsheetCsv } from "../../server/src/lib/csv.ts";

// Issue 16 finding 5: every CSV this app writes (the roster, the members' list) goes through spreadsheetCsv,
// which writes with csv-stringify. These properties hold for any cell text, not just the examples we thought of.
const UNICODE_SPACES = [..." \t\r\n\u00a0\u2000\u2007\u200a\u202f\u205f\u3000\ufeff"];
const cell = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  // Text built from the characters that matter: separators, quotes, line ends, formula starts and spaces.
  fc.array(fc.constantFrom(...UNICODE_SPACES, ",", ";", '"', "'", "=", "+", "-", "@", "a", "1"), { maxLength: 8 }).map((chars) => chars.join("")),
);
const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.record({
    columns: fc.array(cell, { minLength: width, maxLength: width }),
    records: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 4 }),
  }),
);
const readBack = (csv: string): string[][] => parse(csv, { bom: true, delimiter: ";", relax_column_count: false });

describe("spreadsheetCsv, for any cells", () => {
  it("reads back (csv-parse) as exactly the cells, each neutralised against formulas", () => {
    fc.assert(
      fc.property(table, ({ columns, records }) => {
        expect(readBack(spreadsheetCsv(columns, records))).toEqual([columns, ...records].map((row) => row.map(guardFormula)));
      }),
      { numRuns: 1_000 },
    );
  });

  it("quotes every cell with a comma, quote, CR or LF, and no read-back cell starts a formula", () => {
    fc.assert(
      fc.property(cell, (value) => {
        const csv = spreadsheetCsv(["x"], [[value]]);
        const line = csv.slice("\ufeff\"x\"\r\n".length, -"\r\n".length);
        const [[read]] = readBack(csv).slice(1) as [[string]];
        if (/[,"\r\n]/.test(value)) expect(line).toBe(`"${guardFormula(value).replaceAll('"', '""')}"`);
        expect(read.trimStart()).not.toMatch(/^[=+\-@\t\r]/);
        expect(/^\s*[\t\r]/u.test(read)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
