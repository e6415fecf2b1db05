import { describe, expect, it } from "vitest";
import { detectDelimiter, parseImportDate, planImportRow, readImportRows, type CsvRecord, type ExistingMember } from "./csvImport.ts";
import { guardFormula, unguardFormula } from "./formulaGuard.ts";

const context = {
  today: "2026-11-22",
  workingGroups: [{ slug: "communicatie", name: "Communicatie" }, { slug: "politieke-agenda", name: "Politieke agenda" }, { slug: "oud", name: "Oude groep", archived: true }],
};
const records = (...rows: string[][]): CsvRecord[] => rows.map((fields, index) => ({ line: index + 1, fields }));

describe("the header", () => {
  it.each([
    [["Naam", "E-mail", "Telefoon", "Lid sinds", "Rollen", "Werkgroepen"]],
    [["name", "email", "phone", "joined_on", "roles", "working_groups"]],
    [[" NAAM ", "E-mailadres", "Tel.", "Lid vanaf", "rol", "Werkgroep"]],
  ])("understands %j", (header) => {
    const read = readImportRows(records(header, ["Piet", "piet@example.org", "", "", "", ""]), context);
    expect(read.columns.map((column) => column.field)).toEqual(["name", "email", "phone", "joinedOn", "roles", "workingGroups"]);
    expect(read.fileProblems).toEqual([]);
  });

  it("says which required column is missing, warns about unknown ones and refuses one named twice", () => {
    const read = readImportRows(records(["naam", "adres", "naam"], ["Piet", "Straat 1", "Piet"]), context);
    expect(read.fileProblems.map((problem) => [problem.code, problem.severity, problem.column])).toEqual([
      ["UNKNOWN_COLUMN", "warning", "adres"],
      ["DUPLICATE_COLUMN", "error", "naam"],
      ["MISSING_COLUMN", "error", null],
    ]);
    expect(read.fileProblems[2]?.message).toBe('Regel 1: de kolom "e-mail" ontbreekt. Voeg een kolom met de kop "e-mail" toe.');
    expect(read.rows[0]?.values).toBeNull();
  });

  it("calls a file without rows empty", () => {
    expect(readImportRows(records(["naam", "email"]), context).fileProblems.map((problem) => problem.code)).toEqual(["EMPTY_FILE"]);
    expect(readImportRows([], context).fileProblems.map((problem) => problem.code)).toEqual(["EMPTY_FILE"]);
  });

  it("reads past the columns the export adds (status, vertrokken op) without a warning", () => {
    expect(readImportRows(records(["naam", "e-mail", "status", "vertrokken op"], ["Piet", "piet@example.org", "actief", ""]), context).fileProblems).toEqual([]);
  });
});

describe("the values", () => {
  const header = ["naam", "e-mail", "telefoon", "lid sinds", "rollen", "werkgroepen"];
  const one = (...cells: string[]) => readImportRows(records(header, cells), context).rows[0];

  it("cleans a good row: email in lower case, Dutch dates, roles and groups by Dutch or English word, name or slug", () => {
    expect(one("  Piet   de Vries ", "Piet@Example.org", "+31 6 1234 5678", "21-8-2024", "lid, Bestuurslid", "communicatie; Politieke Agenda")?.values).toEqual({
      name: "Piet de Vries",
      email: "piet@example.org",
      phone: "+31 6 1234 5678",
      joinedOn: "2024-08-21",
      roles: ["member", "board_member"],
      workingGroups: ["communicatie", "politieke-agenda"],
    });
  });

  it("leaves empty cells empty (null), so they change nothing", () => {
    expect(one("Piet", "piet@example.org", "", "", "", "")?.values).toEqual({ name: "Piet", email: "piet@example.org", phone: null, joinedOn: null, roles: null, workingGroups: null });
  });

  it.each([
    [["", "piet@example.org", "", "", "", ""], "REQUIRED", "naam", 'Regel 2, kolom "naam": "naam" is leeg. Vul het in.'],
    [["Piet", "", "", "", "", ""], "REQUIRED", "e-mail", 'Regel 2, kolom "e-mail": het e-mailadres is leeg. Vul het in; iemand zonder e-mailadres voeg je toe met Lid toevoegen (met een brief).'],
    [["Piet", "piet@", "", "", "", ""], "INVALID_EMAIL", "e-mail", 'Regel 2, kolom "e-mail": "piet@" is geen e-mailadres. Schrijf het als naam@voorbeeld.nl.'],
    [["Piet", "piet@example.org", "06-abc", "", "", ""], "INVALID_PHONE", "telefoon", 'Regel 2, kolom "telefoon": "06-abc" is geen telefoonnummer. Gebruik alleen cijfers, spaties en + ( ) - .'],
    [["Piet", "piet@example.org", "", "31-02-2024", "", ""], "INVALID_DATE", "lid sinds", 'Regel 2, kolom "lid sinds": "31-02-2024" is geen datum. Schrijf de datum als 21-08-2024 (dag-maand-jaar) of als 2024-08-21.'],
    [["Piet", "piet@example.org", "", "2027-01-01", "", ""], "DATE_IN_FUTURE", "lid sinds", 'Regel 2, kolom "lid sinds": 2027-01-01 ligt na vandaag (2026-11-22). Vul de dag in waarop dit lid lid werd.'],
    [["Piet", "piet@example.org", "", "", "voorzitter", ""], "UNKNOWN_ROLE", "rollen", 'Regel 2, kolom "rollen": "voorzitter" is geen rol. Kies uit: bestuurslid, secretaris, lid.'],
    [["Piet", "piet@example.org", "", "", "", "Kookclub"], "UNKNOWN_WORKING_GROUP", "werkgroepen", 'Regel 2, kolom "werkgroepen": er is geen werkgroep "Kookclub". Kies uit: Communicatie, Politieke agenda.'],
    [["P".repeat(121), "piet@example.org", "", "", "", ""], "TOO_LONG", "naam", 'Regel 2, kolom "naam": de waarde is 121 tekens lang; er mogen er hoogstens 120 in. Maak hem korter.'],
  ])("refuses %j with %s in column %s, saying what to fix", (cells, code, column, message) => {
    const row = one(...cells);
    expect(row?.values).toBeNull();
    expect(row?.problems).toEqual([expect.objectContaining({ line: 2, column, code, severity: "error", message })]);
  });

  it("refuses a row with more or fewer fields than the header", () => {
    expect(one("Piet", "piet@example.org")?.problems.map((problem) => problem.code)).toEqual(["FIELD_COUNT"]);
  });

  it("refuses the second row with an email address the file already had, naming the first", () => {
    const read = readImportRows(records(["naam", "email"], ["Piet", "piet@example.org"], ["Piet 2", "PIET@example.org"]), context);
    expect(read.rows[0]?.values).not.toBeNull();
    expect(read.rows[1]?.problems[0]).toMatchObject({ code: "DUPLICATE_EMAIL", params: { otherLine: 2 } });
  });

  it("uses the line the record starts on, which a quoted line break moves", () => {
    const read = readImportRows([{ line: 1, fields: ["naam", "email"] }, { line: 2, fields: ["Piet\nde Vries", "x"] }, { line: 4, fields: ["Ans", "y"] }], context);
    expect(read.rows.map((row) => row.problems[0]?.line)).toEqual([2, 4]);
    expect(read.rows[0]?.name).toBe("Piet de Vries");
  });

  it("reads a cell the export guarded against formulas back as it was", () => {
    expect(one("'=Piet", "piet@example.org", "'+31 6 1234 5678", "", "", "")?.values).toMatchObject({ name: "=Piet", phone: "+31 6 1234 5678" });
  });
});

describe("planning a row", () => {
  const header = ["naam", "e-mail", "telefoon", "lid sinds", "rollen", "werkgroepen"];
  const row = (...cells: string[]) => {
    const read = readImportRows(records(header, cells), context).rows[0];
    if (!read) throw new Error("no row");
    return read;
  };
  const piet: ExistingMember = { id: "p1", name: "Piet", phone: "0612345678", joinedOn: "2024-08-21", roles: ["member"], workingGroups: ["communicatie"], leftOn: null };

  it("makes an unknown address new, and a known one unchanged when the file says the same or nothing", () => {
    expect(planImportRow(row("Piet", "piet@example.org", "", "", "", ""), null).status).toBe("new");
    expect(planImportRow(row("Piet", "piet@example.org", "0612345678", "21-08-2024", "lid", "Communicatie"), piet)).toMatchObject({ status: "unchanged", changes: [] });
    expect(planImportRow(row("Piet", "piet@example.org", "", "", "", ""), piet).status).toBe("unchanged");
  });

  it("updates what differs and adds roles and groups, never taking any away", () => {
    const planned = planImportRow(row("Piet Jansen", "piet@example.org", "", "", "bestuurslid", "politieke-agenda"), piet);
    expect(planned).toMatchObject({ status: "update", changes: ["name", "roles", "workingGroups"], addRoles: ["board_member"], addGroups: ["politieke-agenda"] });
  });

  it("refuses to put someone in an archived working group, but not a member who is already in it", () => {
    const planned = planImportRow(row("Ans", "ans@example.org", "", "", "", "Oude groep"), null);
    expect(planned.status).toBe("error");
    expect(planned.problems[0]?.message).toBe('Regel 2, kolom "werkgroepen": de werkgroep "Oude groep" is gearchiveerd en neemt geen nieuwe leden. Haal hem uit het bestand, of haal de werkgroep eerst terug uit het archief.');
    expect(planImportRow(row("Piet", "piet@example.org", "", "", "", "Communicatie; Oude groep"), { ...piet, workingGroups: ["communicatie", "oud"] }).status).toBe("unchanged");
  });

  it("does not change a member who left, and says how to bring them back", () => {
    const planned = planImportRow(row("Piet Jansen", "piet@example.org", "", "", "", ""), { ...piet, leftOn: "2025-01-01" });
    expect(planned.status).toBe("error");
    expect(planned.problems[0]?.message).toContain("op 2025-01-01 is vertrokken");
    expect(planImportRow(row("Piet", "piet@example.org", "", "", "", ""), { ...piet, leftOn: "2025-01-01" }).status).toBe("unchanged");
  });
});

describe("small helpers", () => {
  it.each([
    ["naam;email;telefoon", ";"],
    ["name,email,phone", ","],
    ["naam\temail", "\t"],
    ["\uFEFFnaam;e-mail", ";"],
    ["naam", ";"],
  ])("finds the separator of %j", (text, delimiter) => expect(detectDelimiter(`${text}\nPiet;x`)).toBe(delimiter));

  it.each([
    ["2024-08-21", "2024-08-21"],
    ["21-08-2024", "2024-08-21"],
    ["1/2/2020", "2020-02-01"],
    ["21.08.2024", "2024-08-21"],
    ["2024-02-30", null],
    ["08/21/2024", null],
    ["1850-01-01", null],
    ["gisteren", null],
  ])("reads the date %s as %s", (cell, day) => expect(parseImportDate(cell)).toBe(day));

  it.each([
    ["=1+1", "'=1+1"],
    ["+31 6 1234", "'+31 6 1234"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    [" =cmd", "' =cmd"],
    ["\u00a0=cmd", "'\u00a0=cmd"],
    ["\t=cmd", "'\t=cmd"],
    ["\rx", "'\rx"],
    ["\uff1dcmd", "'\uff1dcmd"],
    ["Piet", "Piet"],
    ["Piet-Jan", "Piet-Jan"],
    ["", ""],
  ])("guards %j against formulas as %j, and reads it back", (value, guarded) => {
    expect(guardFormula(value)).toBe(guarded);
    expect(unguardFormula(guarded)).toBe(value);
  });
});
