import { BRANCH_ROLES, type BranchRole } from "../auth/roles.ts";
import { isLocalDate } from "../calendar/localTime.ts";
import { LIMITS } from "../schemas/limits.ts";
import type { ImportField, ImportProblem, ImportProblemCode, ImportRowStatus } from "../schemas/peopleImport.ts";
import { unguardFormula } from "./formulaGuard.ts";

// Reading a members' CSV file (issue 14): liberal in the header (Dutch or English, any case, accents and
// punctuation ignored), strict in the values. The server parses the text with csv-parse and passes the
// records here with the line each starts on; these rules say, per row, what is wrong and how to fix it.

/** One parsed record and the line of the file where it starts (quoted fields may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface ImportContext {
  /** Today in the branch's time zone: a join date after it is refused. */
  today: string;
  /** The branch's working groups, matched on name or slug; an archived one takes no new members. */
  workingGroups: readonly { slug: string; name: string; archived?: boolean }[];
}

/** A row's values, cleaned; null where the cell is empty (an empty cell leaves an existing member's value alone). */
export interface ImportValues {
  name: string;
  email: string;
  phone: string | null;
  joinedOn: string | null;
  roles: BranchRole[] | null;
  workingGroups: string[] | null;
}

export interface ReadRow {
  line: number;
  /** As typed, for the preview: the name and email cells even when they are wrong. */
  name: string;
  email: string;
  values: ImportValues | null;
  problems: ImportProblem[];
  /** Archived working groups the row names: fine for a member already in them, refused for anyone else. */
  archivedGroups: { slug: string; problem: ImportProblem }[];
}

export interface ReadImport {
  columns: { header: string; field: ImportField | null }[];
  fileProblems: ImportProblem[];
  rows: ReadRow[];
}

/** Lower case, accents and everything but letters and digits dropped: "E-mailadres" → "emailadres". */
const normalise = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/** Header names per field, normalised. */
export const IMPORT_HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  name: ["naam", "name", "volledigenaam", "fullname", "voorenachternaam"],
  email: ["email", "emailadres", "mail", "mailadres", "emailaddress"],
  phone: ["telefoon", "telefoonnummer", "tel", "telnr", "phone", "phonenumber", "mobiel", "mobielnummer", "mobile"],
  joinedOn: ["lidsinds", "lidvanaf", "lidmaatschapsdatum", "joinedon", "joined", "membersince"],
  roles: ["rollen", "rol", "roles", "role"],
  workingGroups: ["werkgroepen", "werkgroep", "workinggroups", "workinggroup", "groepen", "groups"],
};

/** Columns our own export writes that an import reads past without a warning. */
const EXPORT_ONLY_HEADERS = new Set(["status", "vertrokkenop", "lefton"]);

/** The Dutch header of each field, as the export writes it and the problems name it. */
export const IMPORT_FIELD_HEADERS: Record<ImportField, string> = {
  name: "naam",
  email: "e-mail",
  phone: "telefoon",
  joinedOn: "lid sinds",
  roles: "rollen",
  workingGroups: "werkgroepen",
};

const ROLE_ALIASES: Record<string, BranchRole> = {
  lid: "member",
  member: "member",
  bestuurslid: "board_member",
  bestuur: "board_member",
  boardmember: "board_member",
  board: "board_member",
  secretaris: "secretary",
  secretary: "secretary",
};

/** The Dutch word for each role, as the export writes it. */
export const ROLE_WORDS: Record<BranchRole, string> = { member: "lid", board_member: "bestuurslid", secretary: "secretaris" };

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const PHONE = /^[0-9+()\-. ]*$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day first, as Dutch spreadsheets write it: 21-08-2024, 21-8-2024, 21/8/2024, 21.8.2024. */
const DUTCH_DAY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

const pad = (value: string) => value.padStart(2, "0");

/** A calendar day from the cell, as YYYY-MM-DD, or null when the cell is not one (years 1900–2199). */
export function parseImportDate(cell: string): string | null {
  const iso = ISO_DAY.exec(cell);
  const dutch = iso ? null : DUTCH_DAY.exec(cell);
  const day = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : dutch ? `${dutch[3]}-${pad(dutch[2] ?? "")}-${pad(dutch[1] ?? "")}` : null;
  if (!day || !isLocalDate(day)) return null;
  const year = Number(day.slice(0, 4));
  return year >= 1900 && year <= 2199 ? day : null;
}

/** The separator of the file: the one of ; , and tab that the header row holds most of (";" wins a tie, as Dutch Excel writes it). */
export function detectDelimiter(text: string): ";" | "," | "\t" {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (char: string) => firstLine.split(char).length - 1;
  const candidates = [";", ",", "\t"] as const;
  return candidates.reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best), ";");
}

const list = (values: readonly string[]) => values.join(", ");

/** The Dutch text of a problem: where, what is wrong, what to fix. */
export function importProblemMessage(problem: Pick<ImportProblem, "line" | "column" | "code" | "params">): string {
  const p = problem.params;
  const where = `Regel ${problem.line}${problem.column !== null ? `, kolom "${problem.column}"` : ""}: `;
  const texts: Record<ImportProblemCode, () => string> = {
    UNREADABLE: () => `het bestand is vanaf hier niet als CSV te lezen (${p.reason}). Controleer of elk veld dat met een aanhalingsteken begint er ook mee eindigt.`,
    EMPTY_FILE: () => "het bestand heeft geen leden. Kies een CSV-bestand met een kopregel (naam, e-mail, …) en daaronder één lid per regel.",
    TOO_MANY_ROWS: () => `het bestand heeft ${p.count} leden; per keer kunnen er hoogstens ${p.max}. Splits het bestand in delen.`,
    MISSING_COLUMN: () => `de kolom "${p.header}" ontbreekt. Voeg een kolom met de kop "${p.header}" toe.`,
    DUPLICATE_COLUMN: () => `deze kolom staat er twee keer in (ook als "${p.other}"). Verwijder een van beide.`,
    UNKNOWN_COLUMN: () => `deze kolom kennen we niet; hij wordt overgeslagen. Bekende kolommen: ${list(Object.values(IMPORT_FIELD_HEADERS))}.`,
    FIELD_COUNT: () => `deze regel heeft ${p.count} velden, de kopregel ${p.expected}. Controleer de scheidingstekens en aanhalingstekens op deze regel.`,
    REQUIRED: () =>
      problem.column !== null && p.field === "email"
        ? "het e-mailadres is leeg. Vul het in; iemand zonder e-mailadres voeg je toe met Lid toevoegen (met een brief)."
        : `"${p.header}" is leeg. Vul het in.`,
    TOO_LONG: () => `de waarde is ${p.length} tekens lang; er mogen er hoogstens ${p.max} in. Maak hem korter.`,
    INVALID_EMAIL: () => `"${p.value}" is geen e-mailadres. Schrijf het als naam@voorbeeld.nl.`,
    DUPLICATE_EMAIL: () => `${p.value} staat ook op regel ${p.otherLine}. Laat elk e-mailadres maar één keer voorkomen.`,
    INVALID_PHONE: () => `"${p.value}" is geen telefoonnummer. Gebruik alleen cijfers, spaties en + ( ) - .`,
    INVALID_DATE: () => `"${p.value}" is geen datum. Schrijf de datum als 21-08-2024 (dag-maand-jaar) of als 2024-08-21.`,
    DATE_IN_FUTURE: () => `${p.value} ligt na vandaag (${p.today}). Vul de dag in waarop dit lid lid werd.`,
    UNKNOWN_ROLE: () => `"${p.value}" is geen rol. Kies uit: ${p.allowed}.`,
    UNKNOWN_WORKING_GROUP: () => `er is geen werkgroep "${p.value}". Kies uit: ${p.allowed}.`,
    ARCHIVED_WORKING_GROUP: () => `de werkgroep "${p.value}" is gearchiveerd en neemt geen nieuwe leden. Haal hem uit het bestand, of haal de werkgroep eerst terug uit het archief.`,
    PERSON_LEFT: () => `${p.value} hoort bij ${p.name}, die op ${p.leftOn} is vertrokken. Zet het vertrek eerst terug op de pagina van dit lid, of haal de regel uit het bestand.`,
  };
  return where + texts[problem.code]();
}

export function importProblem(
  line: number,
  column: string | null,
  field: ImportField | null,
  code: ImportProblemCode,
  params: Record<string, string | number> = {},
  severity: "error" | "warning" = "error",
): ImportProblem {
  return { line, column, field, code, severity, params, message: importProblemMessage({ line, column, code, params }) };
}

/** How the header row maps onto fields, with problems for missing, repeated and unknown columns. */
function readHeader(header: CsvRecord): { columns: ReadImport["columns"]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const seen = new Map<ImportField, string>();
  const columns = header.fields.map((raw) => {
    const headerText = raw.trim();
    const key = normalise(headerText);
    const field = (Object.keys(IMPORT_HEADER_ALIASES) as ImportField[]).find((candidate) => IMPORT_HEADER_ALIASES[candidate].includes(key)) ?? null;
    if (field === null) {
      if (key !== "" && !EXPORT_ONLY_HEADERS.has(key)) problems.push(importProblem(header.line, headerText, null, "UNKNOWN_COLUMN", {}, "warning"));
      return { header: headerText, field: null };
    }
    const other = seen.get(field);
    if (other !== undefined) {
      problems.push(importProblem(header.line, headerText, field, "DUPLICATE_COLUMN", { other }));
      return { header: headerText, field: null };
    }
    seen.set(field, headerText);
    return { header: headerText, field };
  });
  for (const field of ["name", "email"] as const) {
    if (!seen.has(field)) problems.push(importProblem(header.line, null, field, "MISSING_COLUMN", { header: IMPORT_FIELD_HEADERS[field] }));
  }
  return { columns, problems };
}

interface GroupIndex {
  find(text: string): { slug: string; archived: boolean } | undefined;
  allowed: string;
}

function groupIndex(groups: ImportContext["workingGroups"]): GroupIndex {
  const byKey = new Map<string, { slug: string; archived: boolean }>();
  for (const group of groups) {
    const entry = { slug: group.slug, archived: group.archived ?? false };
    byKey.set(normalise(group.slug), entry);
    byKey.set(normalise(group.name), entry);
  }
  const open = groups.filter((group) => !group.archived).map((group) => group.name);
  return { find: (text) => byKey.get(normalise(text)), allowed: open.join(", ") || "(deze afdeling heeft nog geen werkgroepen)" };
}

/** A list cell ("lid, bestuurslid"; "Communicatie; Organizing"): its parts, trimmed, empty ones dropped. */
const parts = (cell: string) =>
  cell
    .split(/[;,|]/)
    .map((part) => part.trim())
    .filter(Boolean);

function readRow(record: CsvRecord, columns: ReadImport["columns"], context: ImportContext, groups: GroupIndex): ReadRow {
  const problems: ImportProblem[] = [];
  const cells: Partial<Record<ImportField, { header: string; value: string }>> = {};
  columns.forEach((column, index) => {
    if (column.field) cells[column.field] = { header: column.header, value: unguardFormula(record.fields[index] ?? "").trim() };
  });
  if (record.fields.length !== columns.length) {
    problems.push(importProblem(record.line, null, null, "FIELD_COUNT", { count: record.fields.length, expected: columns.length }));
  }
  const problem = (field: ImportField, code: ImportProblemCode, params: Record<string, string | number> = {}) =>
    problems.push(importProblem(record.line, cells[field]?.header ?? IMPORT_FIELD_HEADERS[field], field, code, params));
  const tooLong = (field: ImportField, value: string, max: number) => {
    if (value.length <= max) return false;
    problem(field, "TOO_LONG", { length: value.length, max });
    return true;
  };

  const name = (cells.name?.value ?? "").replace(/\s+/g, " ");
  if (!name) problem("name", "REQUIRED", { field: "name", header: cells.name?.header ?? IMPORT_FIELD_HEADERS.name });
  else tooLong("name", name, LIMITS.people.name.maxLength);

  const email = (cells.email?.value ?? "").toLowerCase();
  if (!email) problem("email", "REQUIRED", { field: "email", header: cells.email?.header ?? IMPORT_FIELD_HEADERS.email });
  else if (!tooLong("email", email, LIMITS.common.email.maxLength) && !EMAIL.test(email)) problem("email", "INVALID_EMAIL", { value: cells.email?.value ?? "" });

  const phoneCell = cells.phone?.value ?? "";
  if (phoneCell && !tooLong("phone", phoneCell, LIMITS.people.phone.maxLength) && !PHONE.test(phoneCell)) problem("phone", "INVALID_PHONE", { value: phoneCell });

  const dateCell = cells.joinedOn?.value ?? "";
  const joinedOn = dateCell ? parseImportDate(dateCell) : null;
  if (dateCell && joinedOn === null) problem("joinedOn", "INVALID_DATE", { value: dateCell });
  else if (joinedOn !== null && joinedOn > context.today) problem("joinedOn", "DATE_IN_FUTURE", { value: dateCell, today: context.today });

  const roles: BranchRole[] = [];
  for (const part of parts(cells.roles?.value ?? "")) {
    const role = ROLE_ALIASES[normalise(part)];
    if (role) {
      if (!roles.includes(role)) roles.push(role);
    } else problem("roles", "UNKNOWN_ROLE", { value: part, allowed: list(BRANCH_ROLES.map((entry) => ROLE_WORDS[entry])) });
  }

  const groupCell = cells.workingGroups?.value ?? "";
  const whole = groupCell ? groups.find(groupCell) : undefined;
  const slugs: string[] = [];
  const archivedGroups: ReadRow["archivedGroups"] = [];
  for (const [text, group] of whole ? [[groupCell, whole] as const] : parts(groupCell).map((part) => [part, groups.find(part)] as const)) {
    if (!group) problem("workingGroups", "UNKNOWN_WORKING_GROUP", { value: text, allowed: groups.allowed });
    else if (group.archived) {
      const header = cells.workingGroups?.header ?? IMPORT_FIELD_HEADERS.workingGroups;
      archivedGroups.push({ slug: group.slug, problem: importProblem(record.line, header, "workingGroups", "ARCHIVED_WORKING_GROUP", { value: text }) });
    } else if (!slugs.includes(group.slug)) slugs.push(group.slug);
  }

  const values: ImportValues | null =
    problems.length > 0
      ? null
      : {
          name,
          email,
          phone: phoneCell || null,
          joinedOn,
          roles: cells.roles?.value ? roles : null,
          workingGroups: groupCell ? slugs : null,
        };
  return { line: record.line, name, email, values, problems, archivedGroups };
}

/**
 * Reads the records of a members' file (the first is the header): how each column is understood, the
 * problems of the file as a whole, and every row's cleaned values or its problems. Two rows with the same
 * email address: the second is refused, naming the first.
 */
export function readImportRows(records: readonly CsvRecord[], context: ImportContext): ReadImport {
  const nonEmpty = records.filter((record) => record.fields.some((field) => field.trim() !== ""));
  const [header, ...data] = nonEmpty;
  if (!header) return { columns: [], fileProblems: [importProblem(1, null, null, "EMPTY_FILE")], rows: [] };
  const { columns, problems: fileProblems } = readHeader(header);
  if (data.length === 0) fileProblems.push(importProblem(header.line, null, null, "EMPTY_FILE"));
  if (data.length > LIMITS.people.importRows.max) fileProblems.push(importProblem(header.line, null, null, "TOO_MANY_ROWS", { count: data.length, max: LIMITS.people.importRows.max }));
  const missingColumn = fileProblems.some((problem) => problem.code === "MISSING_COLUMN");
  const groups = groupIndex(context.workingGroups);
  const firstLineOf = new Map<string, number>();
  const rows = data.map((record) => {
    const row = readRow(record, columns, context, groups);
    if (missingColumn) return { ...row, values: null };
    if (row.email && !row.problems.some((problem) => problem.field === "email")) {
      const first = firstLineOf.get(row.email);
      if (first === undefined) firstLineOf.set(row.email, row.line);
      else {
        const header = columns.find((column) => column.field === "email")?.header ?? IMPORT_FIELD_HEADERS.email;
        return { ...row, values: null, problems: [...row.problems, importProblem(row.line, header, "email", "DUPLICATE_EMAIL", { value: row.email, otherLine: first })] };
      }
    }
    return row;
  });
  return { columns, fileProblems, rows };
}

/** A member the file's email address matches (case-insensitive), as the database has them. */
export interface ExistingMember {
  id: string;
  name: string;
  phone: string | null;
  joinedOn: string;
  roles: readonly BranchRole[];
  workingGroups: readonly string[];
  /** The day they left, when they have; null while a member. */
  leftOn: string | null;
}

export interface PlannedRow {
  line: number;
  status: ImportRowStatus;
  name: string;
  email: string;
  changes: ImportField[];
  problems: ImportProblem[];
  values: ImportValues | null;
  existing: ExistingMember | null;
  /** For an update: the roles and working groups to add (an import never takes any away). */
  addRoles: BranchRole[];
  addGroups: string[];
}

/**
 * What applying a row would do. A new email address makes a new member; a known one is updated where the
 * file says something else (name, phone, join date) and gains the roles and working groups it lacks. An
 * empty cell leaves the value alone and an import never removes a role or a working group, so importing
 * the same file twice changes nothing the second time. A member who has left is not changed by an import.
 */
export function planImportRow(row: ReadRow, existing: ExistingMember | null): PlannedRow {
  const base = { line: row.line, name: row.name, email: row.email, values: row.values, existing, addRoles: [], addGroups: [] };
  const values = row.values;
  if (!values) return { ...base, status: "error", changes: [], problems: row.problems };
  // An archived group takes no new members; naming one a member is already in changes nothing.
  const joinsArchived = row.archivedGroups.filter((group) => !existing?.workingGroups.includes(group.slug));
  if (joinsArchived.length > 0) return { ...base, status: "error", changes: [], problems: [...row.problems, ...joinsArchived.map((group) => group.problem)] };
  if (!existing) return { ...base, status: "new", changes: [], problems: row.problems };
  const addRoles = (values.roles ?? []).filter((role) => !existing.roles.includes(role));
  const addGroups = (values.workingGroups ?? []).filter((slug) => !existing.workingGroups.includes(slug));
  const changes: ImportField[] = [];
  // Whitespace is no change: the file's name is trimmed and collapsed, so compare the stored one the same way.
  if (values.name !== existing.name.replace(/\s+/g, " ").trim()) changes.push("name");
  if (values.phone !== null && values.phone !== existing.phone) changes.push("phone");
  if (values.joinedOn !== null && values.joinedOn !== existing.joinedOn) changes.push("joinedOn");
  if (addRoles.length > 0) changes.push("roles");
  if (addGroups.length > 0) changes.push("workingGroups");
  if (changes.length === 0) return { ...base, status: "unchanged", changes, problems: row.problems };
  if (existing.leftOn !== null) {
    const problem = importProblem(row.line, null, "email", "PERSON_LEFT", { value: values.email, name: existing.name, leftOn: existing.leftOn });
    return { ...base, status: "error", changes: [], problems: [...row.problems, problem] };
  }
  return { ...base, status: "update", changes, problems: row.problems, addRoles, addGroups };
}
