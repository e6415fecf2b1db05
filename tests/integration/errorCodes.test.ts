import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "@afdelingsplanner/shared/schemas";
import en from "../../web/src/i18n/en.json";
import nl from "../../web/src/i18n/nl.json";

// No app and no database: this reads the server's source. Every code the API can answer with must be in
// ERROR_CODES (shared/src/schemas/errorCodes.ts), and every code there needs a Dutch and an English text
// (errorCodes.<CODE> in web/src/i18n/nl.json and en.json), because the web shows those, never error.message.

const SERVER_SRC = fileURLToPath(new URL("../../server/src", import.meta.url));
/** Where the helpers themselves pass a code along as a variable instead of naming one. */
const HELPERS = "lib/errors.ts";
/** The helpers and the code argument's position in each. */
const CODE_ARGUMENT: Record<string, number> = { badRequest: 1, conflict: 1, forbidden: 1, unauthorized: 1, AppError: 1 };

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path); // Prisma's generated client
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The index just past the string or template literal that starts at `start` (templates may nest). */
function skipLiteral(text: string, start: number): number {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === "\\") index += 2;
    else if (char === quote) return index + 1;
    else if (quote === "`" && char === "$" && text[index + 1] === "{") index = skipBalanced(text, index + 1);
    else index += 1;
  }
  throw new Error(`Unterminated literal at ${start}`);
}

/** The index just past the bracket that closes the one at `start`, skipping literals inside. */
function skipBalanced(text: string, start: number): number {
  const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  const closing: string[] = [];
  let index = start;
  while (index < text.length) {
    const char = text[index] ?? "";
    if (char === '"' || char === "'" || char === "`") {
      index = skipLiteral(text, index);
      continue;
    }
    if (pairs[char]) closing.push(pairs[char]);
    else if (char === closing.at(-1)) {
      closing.pop();
      if (closing.length === 0) return index + 1;
    }
    index += 1;
  }
  throw new Error(`Unbalanced bracket at ${start}`);
}

/** The top-level arguments of the call whose "(" is at `open`, as source text. */
function callArguments(text: string, open: number): string[] {
  const end = skipBalanced(text, open) - 1;
  const args: string[] = [];
  let from = open + 1;
  let index = from;
  while (index < end) {
    const char = text[index] ?? "";
    if (char === '"' || char === "'" || char === "`") index = skipLiteral(text, index);
    else if (char === "(" || char === "[" || char === "{") index = skipBalanced(text, index);
    else if (char === ",") {
      args.push(text.slice(from, index).trim());
      from = index += 1;
    } else index += 1;
  }
  const last = text.slice(from, end).trim();
  if (last) args.push(last);
  return args;
}

interface Found {
  code: string;
  where: string;
}

/** Every code the server's source names: arguments of the error helpers, and `code: "..."` in answers it builds itself. */
function codesInServer(): { found: Found[]; problems: string[] } {
  const found: Found[] = [];
  const problems: string[] = [];
  for (const file of sourceFiles(SERVER_SRC)) {
    const text = readFileSync(file, "utf8");
    const name = relative(SERVER_SRC, file);
    const lineOf = (index: number) => `${name}:${text.slice(0, index).split("\n").length}`;
    // A call is written without a space before "(", which also keeps "a conflict (409)" in a comment out.
    for (const call of text.matchAll(/\b(?:new\s+)?(badRequest|conflict|forbidden|unauthorized|AppError)\(/g)) {
      const helper = call[1] ?? "";
      if (helper === "AppError" && !call[0].startsWith("new")) continue;
      const lineStart = text.lastIndexOf("\n", call.index) + 1;
      if (/^\s*(?:\/\/|\*|\/\*)/.test(text.slice(lineStart, call.index))) continue; // in a comment
      const before = text.slice(Math.max(0, call.index - 20), call.index);
      if (/(?:const|function)\s+$/.test(before)) continue; // the helper's own definition
      const argument = callArguments(text, call.index + call[0].length - 1)[CODE_ARGUMENT[helper] ?? 1];
      const literal = argument && /^"([^"]*)"$/.exec(argument);
      if (literal?.[1] !== undefined) found.push({ code: literal[1], where: lineOf(call.index) });
      else if (name !== HELPERS) problems.push(`${lineOf(call.index)}: ${helper}(…) without a code as a string literal (${argument ?? "none"})`);
    }
    for (const match of text.matchAll(/\bcode:\s*(?:[\w.?]+\s*\?\?\s*)?"([A-Za-z0-9_]+)"/g)) {
      found.push({ code: match[1] ?? "", where: lineOf(match.index) });
    }
  }
  return { found, problems };
}

const known = new Set<string>(ERROR_CODES);

describe("error codes", () => {
  const { found, problems } = codesInServer();

  it("finds the codes in the server's source (the scan works)", () => {
    // A few that are certainly there, from the helpers, the error handler and a module.
    const codes = new Set(found.map((entry) => entry.code));
    for (const code of ["STALE_VERSION", "VALIDATION_FAILED", "INVALID_CREDENTIALS", "MEETING_CLOSED", "ROLE_REQUIRED"]) expect(codes).toContain(code);
    expect(found.length).toBeGreaterThan(100);
  });

  it("names every error of the server with a literal code", () => {
    expect(problems).toEqual([]);
  });

  it("uses only codes listed in ERROR_CODES, each a SCREAMING_SNAKE name", () => {
    expect(found.filter((entry) => !known.has(entry.code)).map((entry) => `${entry.where}: ${entry.code}`)).toEqual([]);
    expect(ERROR_CODES.filter((code) => !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(code))).toEqual([]);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it("lists no code the server never sends", () => {
    const used = new Set(found.map((entry) => entry.code));
    expect(ERROR_CODES.filter((code) => !used.has(code))).toEqual([]);
  });

  it.each([
    ["Dutch", nl.errorCodes as Record<string, unknown>],
    ["English", en.errorCodes as Record<string, unknown>],
  ])("has a text in %s for every code, and none for a code that does not exist", (_language, texts) => {
    expect(ERROR_CODES.filter((code) => typeof texts[code] !== "string" || String(texts[code]).trim() === "")).toEqual([]);
    expect(Object.keys(texts).filter((code) => !known.has(code))).toEqual([]);
  });

  it("says each code differently in Dutch than in English (no English left in nl.json)", () => {
    const dutch = nl.errorCodes as Record<string, string>;
    const english = en.errorCodes as Record<string, string>;
    expect(ERROR_CODES.filter((code) => dutch[code] === english[code])).toEqual([]);
  });
});
