import { Type, type Static } from "@sinclair/typebox";
import { LIMITS } from "./limits.ts";

// Importing members from a CSV file and exporting them (issue 14, "Members and accounts"). The rules that
// read the file's rows are pure and live in shared/src/people/csvImport.ts; the server parses the text.

/** The columns an import knows; the header may name them in Dutch or English (see IMPORT_HEADER_ALIASES). */
export const IMPORT_FIELDS = ["name", "email", "phone", "joinedOn", "roles", "workingGroups"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What can be wrong in an import file; the web says each in the user's language (people.import.problems.*). */
export const IMPORT_PROBLEM_CODES = [
  "UNREADABLE",
  "EMPTY_FILE",
  "TOO_MANY_ROWS",
  "MISSING_COLUMN",
  "DUPLICATE_COLUMN",
  "UNKNOWN_COLUMN",
  "FIELD_COUNT",
  "REQUIRED",
  "TOO_LONG",
  "INVALID_EMAIL",
  "DUPLICATE_EMAIL",
  "INVALID_PHONE",
  "INVALID_DATE",
  "DATE_IN_FUTURE",
  "UNKNOWN_ROLE",
  "UNKNOWN_WORKING_GROUP",
  "ARCHIVED_WORKING_GROUP",
  "PERSON_LEFT",
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export const ImportProblem = Type.Object({
  /** The line in the file where the row starts (the header is line 1). */
  line: Type.Integer(),
  /** The column's header as the file writes it; null for the whole row or file. */
  column: Type.Union([Type.String(), Type.Null()]),
  field: Type.Union([...IMPORT_FIELDS.map((field) => Type.Literal(field)), Type.Null()]),
  code: Type.Union(IMPORT_PROBLEM_CODES.map((code) => Type.Literal(code))),
  /** "error" stops the import; "warning" only informs (a column that is ignored). */
  severity: Type.Union([Type.Literal("error"), Type.Literal("warning")]),
  /** Values for the text: the value found, the maximum, the other line, the allowed values. */
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  /** The problem and what to fix, in Dutch (the web shows people.import.problems.<code> in the user's language). */
  message: Type.String(),
});
export type ImportProblem = Static<typeof ImportProblem>;

export const IMPORT_ROW_STATUSES = ["new", "update", "unchanged", "error"] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

export const ImportPreviewRow = Type.Object({
  line: Type.Integer(),
  status: Type.Union(IMPORT_ROW_STATUSES.map((status) => Type.Literal(status))),
  name: Type.String(),
  email: Type.String(),
  /** For "update": the fields that will change. */
  changes: Type.Array(Type.Union(IMPORT_FIELDS.map((field) => Type.Literal(field)))),
  problems: Type.Array(ImportProblem),
});
export type ImportPreviewRow = Static<typeof ImportPreviewRow>;

const Csv = Type.String({ maxLength: LIMITS.people.importCsv.maxLength, description: "The CSV file's text: a header row, then one member per row; separated by ; or , or tab" });

export const ImportPreviewBody = Type.Object(
  {
    csv: Csv,
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: LIMITS.people.importRows.max, default: 0, description: "The first data row to check (0 = the row under the header)" })),
    limit: Type.Optional(Type.Integer({ minimum: LIMITS.people.importPreviewPage.min, maximum: LIMITS.people.importPreviewPage.max, default: 250 })),
  },
  { additionalProperties: false },
);
export type ImportPreviewBody = Static<typeof ImportPreviewBody>;

export const ImportCounts = Type.Object({ new: Type.Integer(), update: Type.Integer(), unchanged: Type.Integer(), error: Type.Integer() });
export type ImportCounts = Static<typeof ImportCounts>;

export const ImportPreviewResponse = Type.Object({
  /** Data rows in the file (without the header). */
  totalRows: Type.Integer(),
  offset: Type.Integer(),
  /** Where the next page starts; null after the last. */
  nextOffset: Type.Union([Type.Integer(), Type.Null()]),
  /** How each header was understood: the field it fills, or null when it is ignored. */
  columns: Type.Array(Type.Object({ header: Type.String(), field: Type.Union([...IMPORT_FIELDS.map((field) => Type.Literal(field)), Type.Null()]) })),
  /** Problems of the file as a whole (unreadable, a missing column, too many rows). */
  fileProblems: Type.Array(ImportProblem),
  rows: Type.Array(ImportPreviewRow),
  /** Over the whole file, not only this page. */
  counts: ImportCounts,
});
export type ImportPreviewResponse = Static<typeof ImportPreviewResponse>;

export const ImportApplyBody = Type.Object(
  {
    csv: Csv,
    invite: Type.Boolean({ description: "Mail an invitation to every new member (only to new ones; existing members get none)" }),
  },
  { additionalProperties: false },
);
export type ImportApplyBody = Static<typeof ImportApplyBody>;

export const ImportApplyResponse = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  invited: Type.Integer(),
});
export type ImportApplyResponse = Static<typeof ImportApplyResponse>;

/** 422 IMPORT_HAS_PROBLEMS: nothing was imported; the problems say what to fix, row by row. */
export const ImportRefusedBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), problems: Type.Array(ImportProblem) }),
});
export type ImportRefusedBody = Static<typeof ImportRefusedBody>;

export const PeopleExportQuery = Type.Object(
  { status: Type.Optional(Type.Union([Type.Literal("active"), Type.Literal("all")], { default: "active", description: "all: former members too (erased ones never)" })) },
  { additionalProperties: false },
);
export type PeopleExportQuery = Static<typeof PeopleExportQuery>;
