// Issue 14: importing members from a CSV file (preview, one transaction, matching on email, invitations only
// for new members and only when asked) and exporting them (quoted, formula-safe, audited). The invitation
// mails go to a real smtp-server started here and are read back with mailparser.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainOutbox } from "../../server/src/modules/notifications/index.ts";
import { bearer, login, useTestApp, type Session } from "../support/app.ts";
import { aBranch, aMember } from "../support/factories.ts";
import { TestSmtp } from "../support/smtp.ts";

const smtp = new TestSmtp();
beforeAll(() => smtp.start());
afterAll(() => smtp.stop());
const ctx = useTestApp({
  get smtpUrl() {
    return smtp.url;
  },
  mailWorkerIntervalMs: 0,
});
const STRONG = "Paarse olifanten dansen op het Plein 7429";
let counter = 0;

interface Fresh {
  slug: string;
  branchId: string;
  secretary: Session;
  base: string;
}

/** A branch of its own with a secretary and the working group Communicatie, so counts start at zero. */
async function freshBranch(): Promise<Fresh> {
  const branch = await aBranch(ctx.db);
  await ctx.db.workingGroup.create({ data: { branchId: branch.id, name: "Communicatie", slug: "communicatie" } });
  counter += 1;
  const email = `secretaris-${counter}-${branch.slug.replace(/\W+/g, "-")}@example.org`;
  await aMember(ctx.db, { branch, roles: ["secretary"], name: `Secretaris ${counter}`, email });
  return { slug: branch.slug, branchId: branch.id, secretary: await login(ctx.app, email), base: `/api/branches/${branch.slug}/people` };
}

async function call(session: Session | null, method: "GET" | "POST", url: string, payload?: object) {
  return ctx.app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload ? { payload } : {}) });
}

const CSV = [
  "Naam;E-mail;Telefoon;Lid sinds;Rollen;Werkgroepen",
  "Amira Bakker;amira@example.org;06 1111 2222;01-03-2024;lid;Communicatie",
  "Bram de Wit;BRAM@example.org;;2025-01-15;;",
  '"Chaima ""Chai"" El Idrissi";chaima@example.org;;;lid, bestuurslid;communicatie',
].join("\r\n");

describe("the preview", () => {
  it("lists every row with what applying would do, and changes nothing", async () => {
    const fx = await freshBranch();
    const response = await call(fx.secretary, "POST", `${fx.base}/import/preview`, { csv: CSV });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({ totalRows: 3, offset: 0, nextOffset: null, fileProblems: [], counts: { new: 3, update: 0, unchanged: 0, error: 0 } });
    expect(preview.columns.map((column: { field: string }) => column.field)).toEqual(["name", "email", "phone", "joinedOn", "roles", "workingGroups"]);
    expect(preview.rows.map((row: { line: number; status: string; email: string }) => [row.line, row.status, row.email])).toEqual([
      [2, "new", "amira@example.org"],
      [3, "new", "bram@example.org"],
      [4, "new", "chaima@example.org"],
    ]);
    expect(await ctx.db.person.count({ where: { branchId: fx.branchId } })).toBe(1);
  });

  it("names each problem's line and column and what to fix, in Dutch, in pages", async () => {
    const fx = await freshBranch();
    const csv = [
      "name,email,phone,joined_on,roles,working_groups",
      "Dirk,dirk@,,,,",
      "Eva,eva@example.org,,31-02-2024,,",
      '"Fleur\nvan Dam",fleur@example.org,,,voorzitter,Kookclub',
      "Gijs,eva@example.org,,,,",
      "Hanna,hanna@example.org,,,,",
    ].join("\n");
    const first = (await call(fx.secretary, "POST", `${fx.base}/import/preview`, { csv, offset: 0, limit: 3 })).json();
    expect(first).toMatchObject({ totalRows: 5, nextOffset: 3, counts: { new: 0, error: 3 } });
    const problems = first.rows.flatMap((row: { problems: { line: number; column: string; code: string; message: string }[] }) => row.problems);
    expect(problems.map((problem: { line: number; column: string; code: string }) => [problem.line, problem.column, problem.code])).toEqual([
      [2, "email", "INVALID_EMAIL"],
      [3, "joined_on", "INVALID_DATE"],
      [4, "roles", "UNKNOWN_ROLE"],
      [4, "working_groups", "UNKNOWN_WORKING_GROUP"],
    ]);
    expect(problems[0].message).toBe('Regel 2, kolom "email": "dirk@" is geen e-mailadres. Schrijf het als naam@voorbeeld.nl.');
    expect(problems[3].message).toBe('Regel 4, kolom "working_groups": er is geen werkgroep "Kookclub". Kies uit: Communicatie.');
    // The quoted line break makes Fleur's row two lines long: Gijs is on line 6.
    const second = (await call(fx.secretary, "POST", `${fx.base}/import/preview`, { csv, offset: 3, limit: 3 })).json();
    expect(second).toMatchObject({ nextOffset: null, counts: { new: 1, error: 1 } });
    expect(second.rows[0].problems[0]).toMatchObject({ line: 6, code: "DUPLICATE_EMAIL", message: 'Regel 6, kolom "email": eva@example.org staat ook op regel 3. Laat elk e-mailadres maar één keer voorkomen.' });
  });

  it("says where a file stops being CSV, and which columns are missing", async () => {
    const fx = await freshBranch();
    const broken = (await call(fx.secretary, "POST", `${fx.base}/import/preview`, { csv: 'naam;e-mail\nPiet;"piet@example.org\nKees;kees@example.org' })).json();
    expect(broken.fileProblems).toEqual([expect.objectContaining({ code: "UNREADABLE", line: 3, severity: "error" })]);
    const missing = (await call(fx.secretary, "POST", `${fx.base}/import/preview`, { csv: "naam;adres\nPiet;Straat 1" })).json();
    expect(missing.fileProblems.map((problem: { code: string; severity: string }) => [problem.code, problem.severity])).toEqual([
      ["UNKNOWN_COLUMN", "warning"],
      ["MISSING_COLUMN", "error"],
    ]);
  });
});

describe("applying an import", () => {
  it("creates the members with roles and working groups, invites no one without the box ticked, and the same file again changes nothing", async () => {
    const fx = await freshBranch();
    const applied = await call(fx.secretary, "POST", `${fx.base}/import`, { csv: CSV, invite: false });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toEqual({ created: 3, updated: 0, unchanged: 0, invited: 0 });
    const people = await ctx.db.person.findMany({
      where: { branchId: fx.branchId, email: { not: { startsWith: "secretaris" } } },
      orderBy: { name: "asc" },
      select: { name: true, email: true, phone: true, joinedOn: true, roles: { select: { role: true } }, workingGroups: { select: { workingGroup: { select: { slug: true } } } } },
    });
    expect(people.map((person) => [person.name, person.email, person.phone, person.joinedOn.toISOString().slice(0, 10), person.roles.map((entry) => entry.role).sort(), person.workingGroups.length])).toEqual([
      ["Amira Bakker", "amira@example.org", "06 1111 2222", "2024-03-01", ["member"], 1],
      ["Bram de Wit", "bram@example.org", null, "2025-01-15", ["member"], 0],
      ['Chaima "Chai" El Idrissi', "chaima@example.org", null, "2026-11-22", ["board_member", "member"], 1],
    ]);
    expect(await ctx.db.invitation.count({ where: { branchId: fx.branchId } })).toBe(0);
    expect(await ctx.db.outboxMail.count({ where: { branchId: fx.branchId } })).toBe(0);

    const again = await call(fx.secretary, "POST", `${fx.base}/import`, { csv: CSV, invite: true });
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 3, invited: 0 });
    const preview = (await call(fx.secretary, "POST", `${fx.base}/import/preview`, { csv: CSV })).json();
    expect(preview.counts).toEqual({ new: 0, update: 0, unchanged: 3, error: 0 });
    expect(await ctx.db.outboxMail.count({ where: { branchId: fx.branchId } })).toBe(0);
    expect(await ctx.db.person.count({ where: { branchId: fx.branchId } })).toBe(4);

    const audit = await ctx.db.auditEntry.findMany({ where: { branchId: fx.branchId, action: "people_imported" }, orderBy: { at: "asc" } });
    // One entry with the counts; the second import changed nothing, so it logged nothing.
    expect(audit.map((entry) => [entry.entityType, entry.summary, entry.changes])).toEqual([
      ["branch", "Leden geïmporteerd uit een CSV-bestand: 3 nieuw, 0 bijgewerkt, 0 ongewijzigd; 0 uitnodigingen gemaild", { created: { from: null, to: 3 }, updated: { from: null, to: 0 }, unchanged: { from: null, to: 0 }, invited: { from: null, to: 0 } }],
    ]);
  });

  it("updates members the file's addresses match where it differs, adds roles and groups, and invites only the new ones", async () => {
    const fx = await freshBranch();
    await call(fx.secretary, "POST", `${fx.base}/import`, { csv: CSV, invite: false });
    const changed = [
      "naam;email;telefoon;rollen;werkgroepen",
      "Amira Bakker-Jansen;Amira@Example.org;;;",
      "Bram de Wit;bram@example.org;070 123 4567;bestuurslid;Communicatie",
      "Ilse Nieuw;ilse@example.org;;;",
    ].join("\n");
    const preview = (await call(fx.secretary, "POST", `${fx.base}/import/preview`, { csv: changed })).json();
    expect(preview.rows.map((row: { status: string; changes: string[] }) => [row.status, row.changes])).toEqual([
      ["update", ["name"]],
      ["update", ["phone", "roles", "workingGroups"]],
      ["new", []],
    ]);
    const applied = await call(fx.secretary, "POST", `${fx.base}/import`, { csv: changed, invite: true });
    expect(applied.json()).toEqual({ created: 1, updated: 2, unchanged: 0, invited: 1 });
    const bram = await ctx.db.person.findFirstOrThrow({ where: { branchId: fx.branchId, email: "bram@example.org" }, select: { phone: true, version: true, roles: { select: { role: true } }, workingGroups: true } });
    expect(bram).toMatchObject({ phone: "070 123 4567", version: 2, workingGroups: [expect.anything()] });
    expect(bram.roles.map((entry) => entry.role).sort()).toEqual(["board_member", "member"]);
    const mails = await ctx.db.outboxMail.findMany({ where: { branchId: fx.branchId, kind: "invitation" }, select: { toAddress: true } });
    expect(mails).toEqual([{ toAddress: "ilse@example.org" }]);
    expect(await ctx.db.invitation.count({ where: { branchId: fx.branchId } })).toBe(1);
  });

  it("puts nobody new in an archived working group, while its members re-import unchanged", async () => {
    const fx = await freshBranch();
    await call(fx.secretary, "POST", `${fx.base}/import`, { csv: "naam;e-mail;werkgroepen\nOscar Oud;oscar@example.org;Communicatie", invite: false });
    await ctx.db.workingGroup.updateMany({ where: { branchId: fx.branchId, slug: "communicatie" }, data: { archivedAt: ctx.clock.now() } });
    const csv = "naam;e-mail;werkgroepen\nOscar Oud;oscar@example.org;Communicatie\nPia Nieuw;pia@example.org;Communicatie";
    const preview = (await call(fx.secretary, "POST", `${fx.base}/import/preview`, { csv })).json();
    expect(preview.rows.map((row: { status: string; problems: { code: string }[] }) => [row.status, row.problems.map((problem) => problem.code)])).toEqual([
      ["unchanged", []],
      ["error", ["ARCHIVED_WORKING_GROUP"]],
    ]);
  });

  it("applies nothing when one row has an error, and answers 422 with the problems", async () => {
    const fx = await freshBranch();
    const csv = ["naam;e-mail", "Jan;jan@example.org", "Karin;karin@", "Lotte;lotte@example.org"].join("\n");
    const response = await call(fx.secretary, "POST", `${fx.base}/import`, { csv, invite: true });
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe("IMPORT_HAS_PROBLEMS");
    expect(error.message).toMatch(/1 row\(s\) of the file have problems, so nothing was imported/);
    expect(error.problems).toEqual([expect.objectContaining({ line: 3, column: "e-mail", code: "INVALID_EMAIL" })]);
    expect(await ctx.db.person.count({ where: { branchId: fx.branchId } })).toBe(1);
    expect(await ctx.db.outboxMail.count({ where: { branchId: fx.branchId } })).toBe(0);
    expect(await ctx.db.auditEntry.count({ where: { branchId: fx.branchId, action: "people_imported" } })).toBe(0);
  });

  it("mails the invitations through a real SMTP server; a link from a received mail makes an account that logs in", async () => {
    const fx = await freshBranch();
    const csv = ["naam;e-mail", "Mila Smtp;mila-smtp@example.org", "Noah Smtp;noah-smtp@example.org"].join("\n");
    const applied = await call(fx.secretary, "POST", `${fx.base}/import`, { csv, invite: true });
    expect(applied.json()).toMatchObject({ created: 2, invited: 2 });
    await drainOutbox(ctx.app);
    await expect.poll(() => smtp.received.filter((mail) => /smtp@example\.org/.test(mail.to ? JSON.stringify(mail.to) : "")).length).toBe(2);
    const mail = smtp.received.find((entry) => JSON.stringify(entry.to).includes("mila-smtp@example.org"));
    expect(mail?.subject).toMatch(/^Uitnodiging voor /);
    const link = /https?:\/\/\S+\/uitnodiging\?token=[A-Za-z0-9_%-]+/.exec(mail?.text ?? "")?.[0] ?? "";
    const token = new URL(link).searchParams.get("token") ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const accepted = await call(null, "POST", "/api/auth/invitations/accept", { token, password: STRONG });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const session = await login(ctx.app, "mila-smtp@example.org", STRONG);
    expect((await call(session, "GET", `/api/branches/${fx.slug}`)).statusCode).toBe(200);
  });
});

describe("the export", () => {
  it("quotes every cell, guards against formulas, keeps line feeds inside their cell, reimports unchanged, and is audited", async () => {
    const fx = await freshBranch();
    const hostile = [
      ["=HYPERLINK(\"http://evil\")", "formule-1@example.org", "+31 6 1234 5678"],
      ["@SUM(A1)", "formule-2@example.org", ""],
      ["-2+3", "formule-3@example.org", ""],
      [" =1+1", "formule-4@example.org", ""],
      ["\u00a0=1+1", "formule-5@example.org", ""],
      ["Regel\nbreuk", "formule-6@example.org", ""],
    ];
    for (const [name, email, phone] of hostile) {
      await ctx.db.person.create({ data: { branchId: fx.branchId, name: name ?? "", email: email ?? "", phone: phone || null, joinedOn: new Date("2024-08-21T00:00:00Z") } });
    }
    const response = await call(fx.secretary, "GET", `${fx.base}/export.csv`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="leden-${fx.slug}-2026-11-22.csv"`);
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.split("\r\n")[0]).toBe('"naam";"e-mail";"telefoon";"lid sinds";"rollen";"werkgroepen";"status";"vertrokken op"');
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")";"formule-1@example.org";"\'+31 6 1234 5678";"21-08-2024";"";"";"actief";""');
    expect(text).toContain('"\'@SUM(A1)";');
    expect(text).toContain('"\'-2+3";');
    expect(text).toContain('"\' =1+1";');
    expect(text).toContain('"\'\u00a0=1+1";');
    expect(text).toContain('"Regel\nbreuk";"formule-6@example.org"');
    // Every line is a record of quoted cells only: nothing a spreadsheet would run.
    for (const cell of text.match(/"(?:[^"]|"")*"/g) ?? []) expect(cell.slice(1)).not.toMatch(/^\s*[=+\-@]/);

    const audit = await ctx.db.auditEntry.findMany({ where: { branchId: fx.branchId, action: "people_exported" } });
    expect(audit).toEqual([expect.objectContaining({ entityType: "branch", summary: expect.stringMatching(/^Ledenlijst geëxporteerd als CSV-bestand: 7 personen/) })]);

    // The export reads back in without changes (the guard's apostrophes come off again).
    const reimport = await call(fx.secretary, "POST", `${fx.base}/import/preview`, { csv: text });
    const rows = reimport.json().rows as { status: string; email: string; problems: unknown[] }[];
    expect(rows.filter((row) => row.status !== "unchanged"), reimport.body.slice(0, 2000)).toEqual([]);
  });
});

describe("who may import and export", () => {
  it("refuses a plain member (403) and another branch's secretary (404), and changes nothing", async () => {
    const fx = await freshBranch();
    const member = await aMember(ctx.db, { branch: { id: fx.branchId, slug: fx.slug }, roles: ["member"], name: "Gewoon Lid", email: `gewoon-${fx.slug}@example.org` });
    const plain = await login(ctx.app, member.email);
    for (const [method, url, body] of [
      ["POST", `${fx.base}/import/preview`, { csv: CSV }],
      ["POST", `${fx.base}/import`, { csv: CSV, invite: true }],
      ["GET", `${fx.base}/export.csv`, undefined],
    ] as const) {
      const refused = await call(plain, method, url, body);
      expect(refused.statusCode, `${method} ${url}`).toBe(403);
      const other = await freshBranch();
      const foreign = await call(other.secretary, method, url, body);
      expect(foreign.statusCode, `${method} ${url} from another branch`).toBe(404);
    }
    expect(await ctx.db.person.count({ where: { branchId: fx.branchId } })).toBe(2);
    expect(await ctx.db.auditEntry.count({ where: { branchId: fx.branchId, action: { in: ["people_imported", "people_exported"] } } })).toBe(0);
  });
});
