import type { FastifySchemaValidationError } from "fastify";
import { FIRST_YEAR, LAST_YEAR, YEARS_FORMAT } from "./validation.ts";

type Issue = FastifySchemaValidationError;

/**
 * Turns Ajv's errors into one sentence a person can act on. TypeBox unions compile to `anyOf`,
 * for which Ajv reports every branch's complaint; we keep only the branch the value was meant for
 * (the one whose literal matched), or list the allowed values when no literal matched.
 */
export function validationMessage(context: string | undefined, issues: readonly Issue[]): string {
  const details = [...new Set(narrowUnions(issues).map(describe))];
  return `Invalid ${context ?? "request"}: ${details.join("; ")}.`;
}

function narrowUnions(issues: readonly Issue[]): Issue[] {
  let remaining = issues.filter((issue) => issue.keyword !== "anyOf");
  // Innermost unions first, so an outer union sees its inner ones already narrowed.
  const unions = issues.filter((issue) => issue.keyword === "anyOf").sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const union of unions) {
    const prefix = `${union.schemaPath}/`;
    const inside = remaining.filter((issue) => issue.schemaPath.startsWith(prefix));
    if (inside.length === 0) {
      remaining.push(union);
      continue;
    }
    const outside = remaining.filter((issue) => !issue.schemaPath.startsWith(prefix));
    const branches = new Map<string, Issue[]>();
    for (const issue of inside) {
      const branch = issue.schemaPath.slice(prefix.length).split("/")[0] ?? "";
      branches.set(branch, [...(branches.get(branch) ?? []), issue]);
    }
    const meant = [...branches.values()].find((branch) => !branch.some(isLiteralMismatch));
    if (meant) {
      remaining = [...outside, ...meant];
      continue;
    }
    // In schema order, so the allowed values read as the schema lists them.
    const literals = inside.filter(isLiteralMismatch).sort((a, b) => a.schemaPath.localeCompare(b.schemaPath));
    const first = literals[0] ?? inside[0];
    if (!first) continue;
    const allowed = [...new Set(literals.flatMap(allowedValuesOf))];
    remaining = [...outside, { ...first, keyword: "enum", params: { allowedValues: allowed } }];
  }
  return remaining;
}

// "const" from a literal; "enum" from a union of literals that an inner pass already collapsed.
const isLiteralMismatch = (issue: Issue) => issue.keyword === "const" || issue.keyword === "enum";

function allowedValuesOf(issue: Issue): string[] {
  const params = issue.params as { allowedValue?: unknown; allowedValues?: unknown[] };
  return issue.keyword === "const" ? [String(params.allowedValue)] : (params.allowedValues ?? []).map(String);
}

// The date formats are ours (server/src/lib/validation.ts): say which days they take.
function formatMessage(format: string): string {
  if (format === "date") return `must be a real calendar date written YYYY-MM-DD, between ${FIRST_YEAR} and ${LAST_YEAR}`;
  if (format === YEARS_FORMAT) return `must be a date in the years ${FIRST_YEAR} to ${LAST_YEAR}, written YYYY-MM-DD`;
  return `must be a valid ${format.replace("email", "email address")}`;
}

function describe(issue: Issue): string {
  const field = issue.instancePath ? issue.instancePath.slice(1).replaceAll("/", ".") : "";
  const params = issue.params as { missingProperty?: string; additionalProperty?: string; format?: string; allowedValues?: unknown[] };
  switch (issue.keyword) {
    case "required":
      return `"${field ? `${field}.` : ""}${params.missingProperty}" is required`;
    case "additionalProperties":
      return `"${field ? `${field}.` : ""}${params.additionalProperty}" is not an accepted field`;
    case "enum":
      return `${field ? `"${field}" ` : ""}must be one of: ${(params.allowedValues ?? []).map(String).join(", ")}`;
    case "format":
      return `${field ? `"${field}" ` : ""}${formatMessage(String(params.format))}`;
    default:
      return `${field ? `"${field}" ` : ""}${issue.message ?? "is not valid"}`;
  }
}
