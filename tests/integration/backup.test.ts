// Branch export/import (issue 7 item 10): a den-haag export restores into an empty database exactly, also
// through the real `npm run export` / `npm run import` commands; an existing branch is only replaced on
// request; broken files change nothing; a model added later is exported without code changes.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/src/config.ts";
import { exportBranch, type BranchExport } from "../../server/src/backup/exportBranch.ts";
import { importBranch, parseBackupFile, type ImportOptions } from "../../server/src/backup/importBranch.ts";
import { BackupError, EXCLUDED_TABLES, planBackup, readCatalog } from "../../server/src/backup/plan.ts";
import { Prisma } from "../../server/src/generated/prisma/client.ts";
import { hashPassword } from "../../server/src/lib/passwords.ts";
import { seedDemoData } from "../../server/src/demo/seed.ts";
import { buildTestApp, bearer, DEMO, login, useTestApp } from "../support/app.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { TEST_NOW } from "../support/clock.ts";

const source = useTestApp();
const databases: TestDatabase[] = [];
const apps: FastifyInstance[] = [];
let workDir: string;
let original: BranchExport;
let utrechtBefore: BranchExport;
const AUDIT_ENTRY_ID = "11111111-0000-4000-8000-000000000003";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
const exportOf = (url: string, slug = "den-haag") => withClient(url, (client) => exportBranch(client, slug));
const importInto = (url: string, file: BranchExport, options: ImportOptions = {}) => withClient(url, (client) => importBranch(client, file, options));
const withoutTime = ({ exportedAt: _ignored, ...rest }: BranchExport) => rest;

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  databases.push(database);
  return database;
}

/** `npm run <script> -- <args>` in the repository, against the database at `url`; never rejects. */
function npmRun(script: string, args: string[], url: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("npm", ["run", script, "--", ...args], { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: url }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

async function appOn(database: TestDatabase): Promise<FastifyInstance> {
  const app = await buildTestApp(database.db);
  apps.push(app);
  return app;
}

async function occurrencesSeenBy(app: FastifyInstance, email: string) {
  const session = await login(app, email);
  const response = await app.inject({ method: "GET", url: "/api/branches/den-haag/occurrences?from=2026-09-01&to=2027-03-31", headers: bearer(session) });
  expect(response.statusCode).toBe(200);
  return response.json<{ occurrences: unknown[] }>().occurrences;
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "afdelingsplanner-backup-"));
  const db = source.db;
  const denHaag = await db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
  const board = await db.meetingSeries.findFirstOrThrow({ where: { branchId: denHaag.id, kind: "board" } });
  // A carried-over chain whose later item has the smaller id: ordered by id, the child comes first, so an
  // import that inserted row by row in file order would break the self-reference.
  const parentId = "ffffffff-0000-4000-8000-000000000001";
  const childId = "00000000-0000-4000-8000-000000000002";
  await db.agendaItem.create({ data: { id: parentId, branchId: denHaag.id, seriesId: board.id, date: new Date("2026-10-07"), position: 90, title: "Backup: eerste keer", rootItemId: parentId } });
  await db.agendaItem.create({
    data: { id: childId, branchId: denHaag.id, seriesId: board.id, date: new Date("2026-10-21"), position: 90, title: "Backup: doorgeschoven", origin: "carried_over", previousItemId: parentId, rootItemId: parentId },
  });
  // A calendar-feed secret and a login session: neither may end up in the file.
  await db.user.update({ where: { email: DEMO.secretary }, data: { calendarFeedTokenHash: "feed-secret-that-must-not-be-exported" } });
  await login(source.app, DEMO.secretary);
  // An audit entry (append-only table): --replace has to delete it on purpose. Raw SQL, because the
  // generated client may lag behind the migration while other work is in progress.
  await withClient(source.url, (client) =>
    client.query(
      `INSERT INTO "AuditEntry" (id, "branchId", "actorName", "entityType", "entityId", action, summary, changes)
       VALUES ($3, $1, 'Nadine', 'series', $2, 'updated', 'Backup-test', '{"title":{"from":"a","to":"b"}}')`,
      [denHaag.id, board.id, AUDIT_ENTRY_ID],
    ),
  );
  original = await exportOf(source.url);
  utrechtBefore = await exportOf(source.url, "utrecht");
});

afterAll(async () => {
  for (const app of apps) await app.close();
  for (const database of databases) await database.drop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("what a branch export holds", () => {
  it("covers every model: each is exported or excluded with a reason, and every table is classified", async () => {
    const plan = await withClient(source.url, async (client) => planBackup(await readCatalog(client)));
    for (const model of Object.values(Prisma.ModelName)) {
      const exported = plan.byName.has(model);
      const reason = EXCLUDED_TABLES[model];
      expect(exported || Boolean(reason), `model ${model} is neither exported nor excluded`).toBe(true);
      expect(exported && Boolean(reason), `model ${model} is both exported and excluded`).toBe(false);
    }
    expect(Object.keys(original.tables)).toEqual(plan.tables.map((table) => table.name));
    expect(original.tables).toHaveProperty("AuditEntry");
    expect(original.tables).not.toHaveProperty("RefreshToken");
  });

  it("holds den-haag's rows only, without sessions or feed secrets, in a stable order", async () => {
    expect(original).toMatchObject({ format: "afdelingsplanner-branch-export", version: 1, branch: "den-haag" });
    expect(original.schemaMigration).toMatch(/^\d{14}_/);
    const denHaagId = original.tables.Branch![0]!.id;
    expect(original.tables.Branch).toHaveLength(1);
    const utrechtId = utrechtBefore.tables.Branch![0]!.id as string;
    const text = JSON.stringify(original);
    expect(text).not.toContain(utrechtId);
    expect(text).not.toContain(DEMO.utrechtMember);
    expect(text).not.toContain("feed-secret-that-must-not-be-exported");
    for (const [table, rows] of Object.entries(original.tables)) {
      for (const row of rows) if ("branchId" in row) expect(row.branchId, table).toBe(denHaagId);
      const ids = rows.map((row) => String(row.id ?? row.branchId ?? row.seriesId));
      expect(ids, `${table} ordered by primary key`).toEqual([...ids].sort());
    }
    // Child tables without branchId come along through their parents, and Utrecht's do not.
    expect(original.tables.Person!.length).toBeGreaterThan(5);
    const audit = original.tables.AuditEntry!.find((entry) => entry.id === AUDIT_ENTRY_ID);
    const emails = original.tables.User!.map((user) => user.email);
    expect(emails).toEqual(expect.arrayContaining([DEMO.secretary, DEMO.member, DEMO.treasurer]));
    expect(emails).not.toContain(DEMO.utrechtMember);
    for (const user of original.tables.User!) {
      expect(user).not.toHaveProperty("calendarFeedTokenHash");
      expect(String(user.passwordHash)).toMatch(/^\$argon2id\$/);
    }
    // Instants as ISO strings in UTC, calendar days as dates.
    expect(original.tables.Branch![0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(audit!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(original.tables.Person![0]!.joinedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(audit!.changes).toEqual({ title: { from: "a", to: "b" } });
    // The crafted chain: in the file the carried-over item comes before the item it points at.
    const chain = original.tables.AgendaItem!.map((item) => item.id);
    expect(chain.indexOf("00000000-0000-4000-8000-000000000002")).toBeLessThan(chain.indexOf("ffffffff-0000-4000-8000-000000000001"));
  });
});

describe("restoring", () => {
  let restored: TestDatabase;

  it("`npm run export -- --branch den-haag > file` then `npm run import -- file` into an empty database gives the same export", { timeout: 180_000 }, async () => {
    const exported = await npmRun("export", ["--branch", "den-haag"], source.url);
    expect(exported.stderr).toContain('Exported branch "den-haag"');
    expect(exported.code).toBe(0);
    const file = path.join(workDir, "den-haag.json");
    await writeFile(file, exported.stdout); // what `> file` would hold, npm's banner included
    expect(withoutTime(parseBackupFile(exported.stdout))).toEqual(withoutTime(original));

    restored = await emptyDatabase();
    expect(await restored.db.branch.count()).toBe(0);
    const imported = await npmRun("import", [file], restored.url);
    expect(imported.stderr).toContain('Branch "den-haag" imported');
    expect(imported.stderr).toMatch(/Person\s+\d+ restored/);
    expect(imported.code).toBe(0);
    expect(imported.stdout).not.toContain("{");

    const again = await exportOf(restored.url);
    expect(withoutTime(again)).toEqual(withoutTime(original));
  });

  it("lets a demo user log in on the restored database and see the same occurrences", async () => {
    const app = await appOn(restored);
    const before = await occurrencesSeenBy(source.app, DEMO.member);
    expect(before.length).toBeGreaterThan(5);
    expect(await occurrencesSeenBy(app, DEMO.member)).toEqual(before);
    expect(await occurrencesSeenBy(app, DEMO.secretary)).toEqual(await occurrencesSeenBy(source.app, DEMO.secretary));
  });

  it("refuses a branch that already exists without --replace, and changes nothing", async () => {
    const before = await exportOf(restored.url);
    await expect(importInto(restored.url, original)).rejects.toThrow(/already exists.*--replace/s);
    expect(withoutTime(await exportOf(restored.url))).toEqual(withoutTime(before));
  });

  it("--replace restores a changed branch to the exported state and leaves Utrecht alone", async () => {
    const db = source.db;
    const denHaag = await db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
    const series = await db.meetingSeries.findFirstOrThrow({ where: { branchId: denHaag.id, kind: "working_group" }, orderBy: { title: "asc" } });
    await db.meetingSeries.delete({ where: { id: series.id } });
    const group = await db.workingGroup.findFirstOrThrow({ where: { branchId: denHaag.id } });
    await db.activity.create({ data: { branchId: denHaag.id, workingGroupId: group.id, type: "demonstration", date: new Date("2026-11-01"), note: "Na de export" } });
    expect(withoutTime(await exportOf(source.url))).not.toEqual(withoutTime(original));

    const summary = await importInto(source.url, original, { replace: true });
    expect(summary.replaced).toBe(true);
    expect(summary.deleted.AuditEntry).toBeGreaterThanOrEqual(1); // the append-only log's entries, deleted on purpose
    expect(summary.reused.User).toBe(original.tables.User!.length); // accounts kept, not overwritten
    expect(withoutTime(await exportOf(source.url))).toEqual(withoutTime(original));
    expect(withoutTime(await exportOf(source.url, "utrecht"))).toEqual(withoutTime(utrechtBefore));
    // Users stay as they were, feed secret included, so existing subscriptions keep working.
    expect((await db.user.findUniqueOrThrow({ where: { email: DEMO.secretary } })).calendarFeedTokenHash).toBe("feed-secret-that-must-not-be-exported");
    await login(source.app, DEMO.utrechtMember);
  });

  it("rejects broken or foreign files with exit code 1 and a message, changing nothing", { timeout: 180_000 }, async () => {
    const before = await exportOf(restored.url);
    const cases: { name: string; content: string; message: RegExp }[] = [
      { name: "not-json.json", content: '{"format": "afdelingsplanner-branch-export", "tables": {', message: /not valid JSON/ },
      { name: "other-format.json", content: JSON.stringify({ ...original, format: "something-else" }), message: /not an Afdelingsplanner branch export/ },
      { name: "version-2.json", content: JSON.stringify({ ...original, version: 2 }), message: /version 2.*reads version 1/ },
      { name: "damaged.json", content: JSON.stringify({ ...original, tables: { Branch: "oops" } }), message: /damaged/ },
      { name: "future.json", content: JSON.stringify({ ...original, schemaMigration: "29991231000000_from_the_future" }), message: /29991231000000_from_the_future.*does not have/ },
    ];
    for (const testCase of cases) {
      const file = path.join(workDir, testCase.name);
      await writeFile(file, testCase.content);
      const result = await npmRun("import", [file, "--replace"], restored.url);
      expect(result.code, `${testCase.name}: ${result.stderr}`).toBe(1);
      expect(result.stderr, testCase.name).toMatch(testCase.message);
      expect(result.stderr, testCase.name).not.toMatch(/\n\s+at /); // a message, not a stack trace
    }
    expect(withoutTime(await exportOf(restored.url))).toEqual(withoutTime(before));
    const missing = await npmRun("export", ["--branch", "does-not-exist"], restored.url);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no branch with slug "does-not-exist"');
  });

  it("refuses a file whose rows point at another branch, changing nothing", async () => {
    const utrechtId = utrechtBefore.tables.Branch![0]!.id;
    const [first, ...rest] = original.tables.WorkingGroup!;
    const tampered = structuredClone({ ...original, tables: { ...original.tables, WorkingGroup: [{ ...first!, branchId: utrechtId, slug: "ingesmokkeld" }, ...rest] } });
    const before = await exportOf(source.url, "utrecht");
    await expect(importInto(source.url, tampered, { replace: true })).rejects.toThrow(/point at another branch/);
    expect(withoutTime(await exportOf(source.url, "utrecht"))).toEqual(withoutTime(before));
    expect(withoutTime(await exportOf(source.url))).toEqual(withoutTime(original));
  });
});

describe("accounts and future models", () => {
  it("reuses an existing account with the same email and leaves its password alone", async () => {
    const database = await emptyDatabase();
    const otherHash = await hashPassword("een-ander-wachtwoord");
    const existing = await database.db.user.create({ data: { email: DEMO.secretary, name: "Nadine (elders)", passwordHash: otherHash } });
    const summary = await importInto(database.url, original);
    expect(summary.reused.User).toBe(1);
    expect(summary.inserted.User).toBe(original.tables.User!.length - 1);
    const user = await database.db.user.findUniqueOrThrow({ where: { email: DEMO.secretary }, include: { people: true } });
    expect(user.id).toBe(existing.id);
    expect(user.passwordHash).toBe(otherHash);
    expect(user.people.map((person) => person.email)).toEqual([DEMO.secretary]);
    const app = await appOn(database);
    await expect(login(app, DEMO.secretary)).rejects.toThrow(/401/);
    await login(app, DEMO.secretary, "een-ander-wachtwoord");
  });

  it("exports a table added later through its foreign keys, and refuses a table nobody classified", async () => {
    const database = await emptyDatabase();
    await seedDemoData(database.db, TEST_NOW);
    await withClient(database.url, async (client) => {
      await client.query(`CREATE TABLE "FutureThing" (id uuid PRIMARY KEY, "branchId" uuid NOT NULL REFERENCES "Branch"(id) ON DELETE CASCADE, amount numeric NOT NULL, big bigserial UNIQUE)`);
      await client.query(`CREATE TABLE "FutureChild" (id uuid PRIMARY KEY, "thingId" uuid NOT NULL REFERENCES "FutureThing"(id) ON DELETE CASCADE, tags text[] NOT NULL)`);
      await client.query(`INSERT INTO "FutureThing" (id, "branchId", amount) SELECT gen_random_uuid(), id, 12345678901234567890.25 FROM "Branch"`);
      await client.query(`INSERT INTO "FutureChild" (id, "thingId", tags) SELECT gen_random_uuid(), id, ARRAY['a', 'b c'] FROM "FutureThing"`);
    });
    const exported = await exportOf(database.url);
    expect(exported.tables.FutureThing).toHaveLength(1);
    expect(exported.tables.FutureThing![0]).toMatchObject({ branchId: exported.tables.Branch![0]!.id, amount: "12345678901234567890.25" });
    expect(exported.tables.FutureChild).toEqual([expect.objectContaining({ thingId: exported.tables.FutureThing![0]!.id, tags: ["a", "b c"] })]);

    await importInto(database.url, exported, { replace: true });
    expect(withoutTime(await exportOf(database.url))).toEqual(withoutTime(exported));

    // Into a database whose sequence is fresh: the import moves it past the restored ids, so new rows get new ones.
    const fresh = await emptyDatabase();
    await withClient(fresh.url, async (client) => {
      await client.query(`CREATE TABLE "FutureThing" (id uuid PRIMARY KEY, "branchId" uuid NOT NULL REFERENCES "Branch"(id) ON DELETE CASCADE, amount numeric NOT NULL, big bigserial UNIQUE)`);
      await client.query(`CREATE TABLE "FutureChild" (id uuid PRIMARY KEY, "thingId" uuid NOT NULL REFERENCES "FutureThing"(id) ON DELETE CASCADE, tags text[] NOT NULL)`);
    });
    await importInto(fresh.url, exported);
    expect(withoutTime(await exportOf(fresh.url))).toEqual(withoutTime(exported));
    await withClient(fresh.url, (client) =>
      client.query(`INSERT INTO "FutureThing" (id, "branchId", amount) SELECT gen_random_uuid(), id, 1 FROM "Branch", generate_series(1, 3)`),
    );

    await withClient(database.url, (client) => client.query(`CREATE TABLE "Stray" (id uuid PRIMARY KEY)`));
    await expect(exportOf(database.url)).rejects.toThrow(BackupError);
    await expect(exportOf(database.url)).rejects.toThrow(/"Stray".*SHARED_TABLES or EXCLUDED_TABLES/s);
  });
});

