/**
 * CSV injection (formula injection): a spreadsheet runs a cell that starts with = + - or @ (or their
 * full-width forms) as a formula, also after leading spaces or a non-breaking space (any Unicode space: \s with
 * the u flag), and a tab or carriage return among the leading whitespace can hide one (" \tx" too, found by
 * formulaGuard.test.ts). Such cells get a leading apostrophe, which spreadsheets read as "text".
 */
const FORMULA_START = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/u;

export const needsFormulaGuard = (value: string): boolean => FORMULA_START.test(value);

/** The cell as it is safe to write into a CSV file that people open in a spreadsheet. */
export const guardFormula = (value: string): string => (needsFormulaGuard(value) ? `'${value}` : value);

/** The reverse, for a file read back in: "'=x" as guardFormula wrote it is "=x" again, so an export re-imports unchanged. */
export const unguardFormula = (value: string): string => (value.startsWith("'") && needsFormulaGuard(value.slice(1)) ? value.slice(1) : value);
