import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { guardFormula, needsFormulaGuard, unguardFormula } from "./formulaGuard.ts";

// Every character JavaScript's \s knows (ASCII spaces, NBSP, the U+2000 block, ideographic space, BOM, …):
// a spreadsheet may skip any of them before it looks for a formula.
const WHITESPACE = [..." \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];
const FORMULA_STARTS = ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"];
const leadingWhitespace = fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 4 }).map((chars) => chars.join(""));
const anyText = fc.string({ unit: "grapheme", maxLength: 20 });

/** A cell a spreadsheet could run: whitespace, then = + - @, or a tab or carriage return anywhere in the leading whitespace. */
const dangerous = fc.oneof(
  fc.tuple(leadingWhitespace, fc.constantFrom(...FORMULA_STARTS), anyText).map((parts) => parts.join("")),
  fc.tuple(leadingWhitespace, fc.constantFrom("\t", "\r"), leadingWhitespace, anyText).map((parts) => parts.join("")),
);
/** The first character that is not whitespace, or "" for an all-whitespace cell. */
const firstVisible = (value: string) => value.trimStart().charAt(0);

describe("guardFormula (OWASP CSV injection), for any text", () => {
  it("neutralises a cell whose first non-whitespace character is = + - @, or whose leading whitespace holds a tab or CR", () => {
    fc.assert(
      fc.property(dangerous, (cell) => {
        expect(needsFormulaGuard(cell)).toBe(true);
        const guarded = guardFormula(cell);
        expect(guarded).toBe(`'${cell}`);
        expect(needsFormulaGuard(guarded)).toBe(false);
        expect(unguardFormula(guarded)).toBe(cell);
      }),
      { numRuns: 2_000 },
    );
  });

  it("leaves every other cell as it is", () => {
    const harmless = fc
      .tuple(fc.array(fc.constantFrom(...WHITESPACE.filter((char) => char !== "\t" && char !== "\r")), { maxLength: 3 }), anyText)
      .map(([spaces, rest]) => spaces.join("") + rest)
      .filter((cell) => !FORMULA_STARTS.includes(firstVisible(cell)) && !/^\s*[\t\r]/u.test(cell));
    fc.assert(
      fc.property(harmless, (cell) => {
        expect(guardFormula(cell)).toBe(cell);
        expect(unguardFormula(guardFormula(cell))).toBe(cell);
      }),
      { numRuns: 2_000 },
    );
  });
});
