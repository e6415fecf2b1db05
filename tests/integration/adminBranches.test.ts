// Issue 14 part 6: the platform admin starts a branch from the plan's template and invites its first
// secretary, who then runs it. Mail goes to a real smtp-server started here and is read with mailparser.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDaysLocal } from "@afdelingsplanner/shared";
import { drainOutbox } from "../../server/src/modules/notifications/index.ts";
import { DEMO, bearer, login, useTestApp, type Session } from "../support/app.ts";
import { testToday } from "../support/clock.ts";
import { TestSmtp } from "../support/smtp.ts";

const smtp = new TestSmtp();
beforeAll(() => smtp.start());
afterAll(() => smtp.stop());
// Read when useTestApp's beforeAll builds the app, after the server above has its port.
const ctx = useTestApp({
  get smtpUrl() {
    return smtp.url;
  },
  mailWorkerIntervalMs: 0,
});
const STRONG = "Paarse olifanten dansen op het Plein 7429";

interface Occurrence {
  kind: string;
  title: string;
  date: string;
  start: string;
  parity: "odd" | "even";
}

async function call(session: Session | null, method: "GET" | "POST" | "PATCH", url: string, payload?: object) {
  return ctx.app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload ? { payload } : {}) });
}

async function startBranch(admin: Session, body: object) {
  const response = await call(admin, "POST", "/api/admin/branches", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().branch as { id: string; slug: string; name: string; timeZone: string; peopleCount: number; secretaryInvitation: unknown };
}

describe("starting a branch from the plan's template", () => {
  it("creates the board seats, the term policy, the usual working groups and the plan's meeting rhythm, with no people", async () => {
    const admin = await login(ctx.app, DEMO.admin);
    const branch = await startBranch(admin, { name: "BIJ1 Rotterdam", slug: "rotterdam", timeZone: "Europe/Amsterdam" });
    expect(branch).toMatchObject({ slug: "rotterdam", name: "BIJ1 Rotterdam", timeZone: "Europe/Amsterdam", peopleCount: 0, secretaryInvitation: null });

    const seats = await ctx.db.boardSeat.findMany({ where: { branchId: branch.id }, orderBy: { position: "asc" } });
    expect(seats.map((seat) => seat.function)).toEqual(["duo-voorzitter", "duo-voorzitter", "algemeen bestuurslid", "secretaris", "penningmeester"]);
    expect(seats.every((seat) => seat.personId === null)).toBe(true);
    expect(await ctx.db.boardTermPolicy.findUnique({ where: { branchId: branch.id } })).toMatchObject({ termLengthMonths: 24, maxConsecutiveTerms: 3 });
    expect(await ctx.db.person.count({ where: { branchId: branch.id } })).toBe(0);

    // Through the API, as the branch's people will see it (the admin reads along).
    const groups = (await call(admin, "GET", "/api/branches/rotterdam/working-groups")).json().workingGroups as { slug: string; members: unknown[] }[];
    expect(groups.map((group) => group.slug).sort()).toEqual(["communicatie", "organizing", "politieke-agenda"]);
    expect(groups.every((group) => group.members.length === 0)).toBe(true);
    const people = await call(admin, "GET", "/api/branches/rotterdam/people");
    expect(people.statusCode).toBe(200);
    expect(people.json().people).toEqual([]);

    const from = testToday();
    const response = await call(admin, "GET", `/api/branches/rotterdam/occurrences?from=${from}&to=${addDaysLocal(from, 125)}`);
    expect(response.statusCode, response.body).toBe(200);
    const occurrences = response.json().occurrences as Occurrence[];
    const of = (title: string) => occurrences.filter((occurrence) => occurrence.title === title);
    const board = of("Bestuursvergadering");
    expect(board.length).toBeGreaterThanOrEqual(8);
    expect(board.every((occurrence) => occurrence.parity === "odd" && occurrence.start.slice(11, 16) === "19:30")).toBe(true);
    for (const title of ["Werkgroep Communicatie", "Werkgroep Politieke agenda", "Werkgroep Organizing"]) {
      expect(of(title).length, title).toBeGreaterThanOrEqual(8);
      expect(of(title).every((occurrence) => occurrence.parity === "even"), title).toBe(true);
    }
    // Monthly, and every two months: about four months hold four branch meetings and two theme evenings.
    const branchMeetings = of("Afdelingsbijeenkomst");
    expect(branchMeetings.length).toBeGreaterThanOrEqual(4);
    expect(new Set(branchMeetings.map((occurrence) => occurrence.date.slice(0, 7))).size).toBe(branchMeetings.length);
    const themes = of("ThemaBIJ1komst");
    expect(themes.length).toBeGreaterThanOrEqual(2);
    expect(themes.length).toBeLessThanOrEqual(3);

    const audit = await ctx.db.auditEntry.findMany({ where: { branchId: branch.id } });
    expect(audit).toEqual([expect.objectContaining({ entityType: "branch", action: "created", actorName: "Platformbeheer" })]);
    const list = (await call(admin, "GET", "/api/admin/branches")).json().branches as { slug: string; peopleCount: number }[];
    expect(list.find((entry) => entry.slug === "rotterdam")).toMatchObject({ peopleCount: 0 });
    expect(list.find((entry) => entry.slug === "den-haag")?.peopleCount).toBeGreaterThan(0);
  });

  it("leaves out the working groups not chosen, and their meetings, and starts the series on startsOn", async () => {
    const admin = await login(ctx.app, DEMO.admin);
    const startsOn = addDaysLocal(testToday(), 30);
    const branch = await startBranch(admin, { name: "BIJ1 Leiden", slug: "leiden", timeZone: "Europe/Amsterdam", workingGroups: ["organizing"], startsOn });
    const groups = await ctx.db.workingGroup.findMany({ where: { branchId: branch.id }, select: { slug: true } });
    expect(groups).toEqual([{ slug: "organizing" }]);
    const series = await ctx.db.meetingSeries.findMany({ where: { branchId: branch.id }, select: { title: true, validFrom: true } });
    expect(series.map((entry) => entry.title).sort()).toEqual(["Afdelingsbijeenkomst", "Bestuursvergadering", "ThemaBIJ1komst", "Werkgroep Organizing"]);
    expect(series.every((entry) => entry.validFrom.toISOString().slice(0, 10) === startsOn)).toBe(true);
  });

  it("refuses a slug that is taken (409), a time zone that does not exist (400) and a bad slug (400)", async () => {
    const admin = await login(ctx.app, DEMO.admin);
    const taken = await call(admin, "POST", "/api/admin/branches", { name: "Nog een Den Haag", slug: "den-haag", timeZone: "Europe/Amsterdam" });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe("BRANCH_SLUG_TAKEN");
    const zone = await call(admin, "POST", "/api/admin/branches", { name: "BIJ1 Delft", slug: "delft", timeZone: "Europe/Den_Haag" });
    expect(zone.statusCode).toBe(400);
    expect(zone.json().error.code).toBe("INVALID_TIME_ZONE");
    const slug = await call(admin, "POST", "/api/admin/branches", { name: "BIJ1 Delft", slug: "Delft Centrum", timeZone: "Europe/Amsterdam" });
    expect(slug.statusCode).toBe(400);
    const group = await call(admin, "POST", "/api/admin/branches", { name: "BIJ1 Delft", slug: "delft", timeZone: "Europe/Amsterdam", workingGroups: ["kookclub"] });
    expect(group.statusCode).toBe(400);
    expect(await ctx.db.branch.count({ where: { slug: "delft" } })).toBe(0);
  });

  it("refuses everyone but the platform admin: a secretary gets 403, nobody logged in 401", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const refused = await call(secretary, "POST", "/api/admin/branches", { name: "BIJ1 Zoetermeer", slug: "zoetermeer", timeZone: "Europe/Amsterdam" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("PLATFORM_ADMIN_ONLY");
    expect((await call(secretary, "GET", "/api/admin/branches")).statusCode).toBe(403);
    expect((await call(null, "GET", "/api/admin/branches")).statusCode).toBe(401);
    expect(await ctx.db.branch.count({ where: { slug: "zoetermeer" } })).toBe(0);
  });
});

describe("the first secretary", () => {
  it("gets an invitation mail at a real SMTP server, accepts it, and adds a member to the new branch, which stays apart from Den Haag", async () => {
    const admin = await login(ctx.app, DEMO.admin);
    const branch = await startBranch(admin, { name: "BIJ1 Groningen", slug: "groningen", timeZone: "Europe/Amsterdam" });
    const invited = await call(admin, "POST", "/api/admin/branches/groningen/secretary-invitation", { name: "Noor de Vries", email: "Noor@Example.org" });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json().person).toMatchObject({ name: "Noor de Vries", email: "noor@example.org", roles: ["board_member", "member", "secretary"] });
    expect(invited.json().invitation.state).toBe("sent");

    const again = await call(admin, "POST", "/api/admin/branches/groningen/secretary-invitation", { name: "Iemand Anders", email: "anders@example.org" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("BRANCH_HAS_SECRETARY");
    expect((await call(admin, "POST", "/api/admin/branches/bestaat-niet/secretary-invitation", { name: "X", email: "x@example.org" })).statusCode).toBe(404);

    smtp.received.length = 0;
    expect(await drainOutbox(ctx.app)).toBeGreaterThanOrEqual(1);
    const mail = smtp.received.find((entry) => (Array.isArray(entry.to) ? entry.to : [entry.to]).some((to) => to?.text.includes("noor@example.org")));
    expect(mail?.subject).toBe("Uitnodiging voor BIJ1 Groningen in Afdelingsplanner");
    const link = mail?.text?.match(/https?:\/\/\S+\/uitnodiging\?token=[\w-]+/)?.[0] ?? "";
    expect(link).not.toBe("");
    expect(mail?.html).toContain(link.replace(/&/g, "&amp;"));

    const accepted = await call(null, "POST", "/api/auth/invitations/accept", { token: new URL(link).searchParams.get("token"), password: STRONG });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const branches = accepted.json().user.branches as { slug: string; roles: string[] }[];
    expect(branches.map((entry) => ({ slug: entry.slug, roles: [...entry.roles].sort() }))).toEqual([{ slug: "groningen", roles: ["board_member", "member", "secretary"] }]);

    const secretary = await login(ctx.app, "noor@example.org", STRONG);
    const added = await call(secretary, "POST", "/api/branches/groningen/people", { name: "Sem Bakker", email: "sem@example.org", workingGroups: ["organizing"] });
    expect(added.statusCode, added.body).toBe(201);
    const people = (await call(secretary, "GET", "/api/branches/groningen/people")).json().people as { name: string }[];
    expect(people.map((person) => person.name)).toEqual(["Noor de Vries", "Sem Bakker"]);
    const listed = (await call(admin, "GET", "/api/admin/branches")).json().branches as { slug: string; peopleCount: number; secretaryInvitation: { state: string } | null }[];
    expect(listed.find((entry) => entry.slug === "groningen")).toMatchObject({ peopleCount: 2, secretaryInvitation: { state: "accepted" } });

    // Isolation from the first request: Groningen's secretary sees nothing of Den Haag, nor Den Haag's of Groningen.
    for (const url of ["/api/branches/den-haag", "/api/branches/den-haag/people", `/api/branches/den-haag/occurrences?from=${testToday()}&to=${addDaysLocal(testToday(), 14)}`]) {
      expect((await call(secretary, "GET", url)).statusCode, url).toBe(404);
    }
    expect((await call(secretary, "POST", "/api/branches/den-haag/people", { name: "Indringer" })).statusCode).toBe(404);
    const denHaag = await login(ctx.app, DEMO.secretary);
    expect((await call(denHaag, "GET", "/api/branches/groningen/people")).statusCode).toBe(404);
    expect((await call(denHaag, "GET", "/api/branches")).json().branches.map((entry: { slug: string }) => entry.slug)).toEqual(["den-haag"]);
    const audit = await ctx.db.auditEntry.findMany({ where: { branchId: branch.id }, select: { entityType: true, actorName: true } });
    expect(audit).toEqual(expect.arrayContaining([{ entityType: "branch", actorName: "Platformbeheer" }, { entityType: "person", actorName: "Platformbeheer" }, { entityType: "person", actorName: "Noor de Vries" }]));
  });
});

describe("the platform admin adding people", () => {
  it("may add a member to a branch and resend an invitation, but changes nothing else there", async () => {
    const admin = await login(ctx.app, DEMO.admin);
    const added = await call(admin, "POST", "/api/branches/den-haag/people", { name: "Lotte Visser", email: "lotte@example.org" });
    expect(added.statusCode, added.body).toBe(201);
    const { person, invitation } = added.json() as { person: { id: string; version: number }; invitation: { id: string } };
    expect((await call(admin, "POST", `/api/branches/den-haag/invitations/${invitation.id}/resend`)).statusCode).toBe(200);
    expect((await call(admin, "PATCH", `/api/branches/den-haag/people/${person.id}`, { version: person.version, phone: "0612345678" })).statusCode).toBe(404);
    const entry = await ctx.db.auditEntry.findFirstOrThrow({ where: { entityId: person.id, action: "created" } });
    expect(entry.actorName).toBe("Platformbeheer");
  });
});
