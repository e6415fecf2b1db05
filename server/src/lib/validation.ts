import { Ajv, type ErrorObject, type Options, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";

/** The calendar days the app accepts: real dates in a range every date column and date sum can hold. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** The format withDatabaseBounds gives date-patterned strings: a year the app accepts. */
export const YEARS_FORMAT = "calendar-years";
const inYears = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!inYears(year) || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

// Postgres INTEGER columns hold 32 bits; a larger integer (a version of 2^40, say) would reach the
// database and fail there as a 500. Found by tests/integration/fuzz.test.ts.
const INT4_MIN = -2_147_483_648;
const INT4_MAX = 2_147_483_647;

function createAjv(options: Options): Ajv {
  // allErrors false: validation stops at the first problem, so a body with 100,000 unknown fields costs one
  // error, not 100,000 of them and a 3.4 MB message (issue 16 A). The message names that one problem.
  const ajv = new Ajv({ allErrors: false, removeAdditional: false, useDefaults: true, strict: false, ...options });
  addFormats.default(ajv);
  // ajv-formats' "date" accepts year 0000, which Postgres refuses (a 500), and years no one plans in.
  ajv.addFormat("date", { type: "string", validate: isCalendarDay });
  // See withDatabaseBounds: only the year; whether the day exists the handlers check, with their own message.
  ajv.addFormat(YEARS_FORMAT, { type: "string", validate: (text: string) => inYears(Number(text.slice(0, 4))) });
  return ajv;
}

// Query strings and path parameters arrive as text, so they are coerced ("5" → 5). JSON bodies
// are not: a client that sends a number where text belongs has a bug worth a 400.
const coercing = createAjv({ coerceTypes: "array" });
const strict = createAjv({ coerceTypes: false });
// Only to explain a failed union (see explainUnion): the same rules, reporting every branch's complaint.
const coercingAllErrors = createAjv({ coerceTypes: "array", allErrors: true });
const strictAllErrors = createAjv({ coerceTypes: false, allErrors: true });

/**
 * A copy of the schema in which every integer without bounds of its own fits an INTEGER column, and
 * every date without a format of its own has a year the app accepts.
 */
function withDatabaseBounds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withDatabaseBounds);
  if (!schema || typeof schema !== "object") return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // Without $id: Ajv refuses a second schema with the same id, and each compile makes a new copy.
    if (key !== "$id") copy[key] = key === "enum" || key === "const" || key === "default" || key === "examples" ? value : withDatabaseBounds(value);
  }
  if (copy.type === "integer") {
    copy.minimum ??= INT4_MIN;
    copy.maximum ??= INT4_MAX;
  }
  // IsoDate and LocalDateTime are patterns only (YYYY-MM-DD…): year 0000 passed them and failed in
  // Postgres as a 500. Found by tests/integration/fuzz.test.ts.
  if (copy.type === "string" && copy.format === undefined && typeof copy.pattern === "string" && copy.pattern.startsWith("^\\d{4}-\\d{2}-\\d{2}")) {
    copy.format = YEARS_FORMAT;
  }
  return copy;
}

// NUL, or half of a surrogate pair ("\ud800" in JSON): Postgres stores neither, in text or in jsonb
// (the audit log's changes), so they ended as 500s. Found by tests/integration/fuzz.test.ts.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where the first string Postgres cannot store is (as an instance path), or null. */
function unstorableTextAt(value: unknown, path = ""): string | null {
  if (typeof value === "string") return UNSTORABLE.test(value) ? path : null;
  if (!value || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = unstorableTextAt(inner, `${path}/${key}`);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Compiles with Ajv, then refuses text that is not storable anywhere in the request part (NUL
 * characters, unpaired surrogates), for every route at once.
 */
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const bounded = withDatabaseBounds(schema) as object;
  const validate: ValidateFunction = (httpPart === "body" ? strict : coercing).compile(bounded);
  let explaining: ValidateFunction | undefined;
  /**
   * Stopping at the first error makes a union's message wrong: Ajv checks `required` before a branch's
   * literal `kind`, so { kind: "weekly" } was told "weekday is required" by the first branch. When the first
   * error is a union's, that one part of the value is checked again with every branch's complaint, which
   * validationMessage narrows to the branch meant (or the allowed kinds). Bodies are small by then (body
   * limits and the key cap run first), so the second pass stays cheap.
   */
  const explainUnion = (data: unknown, errors: ErrorObject[]): ErrorObject[] => {
    const union = errors.find((error) => error.keyword === "anyOf");
    if (!union) return errors;
    explaining ??= (httpPart === "body" ? strictAllErrors : coercingAllErrors).compile(bounded);
    explaining(data);
    const inside = (explaining.errors ?? []).filter((error) => error.instancePath === union.instancePath || error.instancePath.startsWith(`${union.instancePath}/`));
    return inside.length > 0 ? inside : errors;
  };
  const checked = (data: unknown, context?: unknown): boolean => {
    // Fastify passes the parent so Ajv can coerce a root value in place; hand it on.
    const valid = (validate as (data: unknown, context?: unknown) => boolean)(data, context);
    if (!valid) {
      result.errors = explainUnion(data, validate.errors ?? []);
      return false;
    }
    const at = unstorableTextAt(data);
    if (at !== null) {
      const issue: ErrorObject = { keyword: "unstorableText", instancePath: at, schemaPath: "#", params: {}, message: "must be valid Unicode text without NUL characters (\\u0000) or unpaired surrogates" };
      result.errors = [issue];
      return false;
    }
    result.errors = null;
    return true;
  };
  // Fastify only passes the parent when the function looks like Ajv's (it has schemaEnv).
  const result = Object.assign(checked, { schemaEnv: validate.schemaEnv, errors: null as ErrorObject[] | null | undefined });
  return result;
};
