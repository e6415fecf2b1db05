import { describe, expect, it } from "vitest";
import { DEMO, bearer, login, useTestApp } from "../support/app.ts";

const ctx = useTestApp();

describe("GET /api/branches", () => {
  it("lists only the caller's own branches", async () => {
    const utrecht = await login(ctx.app, DEMO.utrechtMember);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches", headers: bearer(utrecht) });
    expect(response.statusCode).toBe(200);
    expect(response.json().branches.map((branch: { slug: string }) => branch.slug)).toEqual(["utrecht"]);
  });

  it("lists every branch for a platform admin, without inventing roles", async () => {
    const admin = await login(ctx.app, DEMO.admin);
    const body = (await ctx.app.inject({ method: "GET", url: "/api/branches", headers: bearer(admin) })).json();
    expect(body.branches).toEqual([
      expect.objectContaining({ slug: "den-haag", roles: [], personId: null }),
      expect.objectContaining({ slug: "utrecht", roles: [], personId: null }),
    ]);
  });

  it("requires a login", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/branches" })).statusCode).toBe(401);
  });
});

describe("one branch", () => {
  it("returns the branch with the caller's roles", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag", headers: bearer(secretary) });
    expect(response.statusCode).toBe(200);
    expect(response.json().branch).toMatchObject({ slug: "den-haag", name: "BIJ1 Den Haag", timeZone: "Europe/Amsterdam" });
  });

  it("answers 404 for a branch that does not exist, the same as for someone else's", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const missing = await ctx.app.inject({ method: "GET", url: "/api/branches/groningen", headers: bearer(secretary) });
    const foreign = await ctx.app.inject({ method: "GET", url: "/api/branches/utrecht", headers: bearer(secretary) });
    expect(missing.statusCode).toBe(404);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe(missing.json().error.code);
  });

  it("answers 404 for a malformed slug, without leaking anything", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/Den%20Haag!", headers: bearer(secretary) });
    expect(response.statusCode).toBe(404);
  });
});

describe("branch isolation", () => {
  it("gives a member of utrecht 404 on every den-haag route", async () => {
    const utrecht = await login(ctx.app, DEMO.utrechtMember);
    const paths = ctx.app.apiRoutes.filter((route) => route.access.kind === "branch");
    expect(paths.map((route) => route.url)).toEqual(expect.arrayContaining(["/api/branches/:slug", "/api/branches/:slug/people", "/api/branches/:slug/working-groups"]));
    for (const route of paths) {
      const url = route.url.replace(":slug", "den-haag").replace(/:(\w+)/g, "00000000-0000-0000-0000-000000000000");
      const response = await ctx.app.inject({ method: route.method as "GET", url, headers: bearer(utrecht), payload: route.method === "GET" ? undefined : {} });
      expect(response.statusCode, `${route.method} ${url}`).toBe(404);
      expect(response.body).not.toContain("BIJ1 Den Haag");
    }
  });
});

describe("GET /api/branches/:slug/people", () => {
  it("lists the members of the branch without any password or account material", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/people", headers: bearer(member) });
    expect(response.statusCode).toBe(200);
    const { people } = response.json();
    expect(people).toHaveLength(8);
    expect(people.map((person: { name: string }) => person.name)).toContain("Nadine Avéres");
    expect(people.map((person: { email: string }) => person.email)).not.toContain(DEMO.utrechtMember);
    for (const person of people) expect(Object.keys(person).sort()).toEqual(["active", "email", "hasAccount", "id", "joinedOn", "leftOn", "name", "phone", "roles", "status", "version", "workingGroups"]);
    expect(response.body).not.toMatch(/argon2|password|hash|userId/i);
  });
});

describe("GET /api/branches/:slug/working-groups", () => {
  it("lists the three working groups with their members and roles", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/working-groups", headers: bearer(member) });
    expect(response.statusCode).toBe(200);
    const groups = response.json().workingGroups as { slug: string; members: { name: string; role: string; isBoardMember: boolean }[] }[];
    expect(groups.map((group) => group.slug)).toEqual(["communicatie", "organizing", "politieke-agenda"]);
    const organizing = groups.find((group) => group.slug === "organizing");
    expect(organizing?.members[0]).toEqual(expect.objectContaining({ name: "Tim Kies", role: "chair", isBoardMember: true }));
    expect(organizing?.members).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Sanne Mahabier", role: "action_list_keeper", isBoardMember: false })]));
    expect(response.body).not.toMatch(/argon2|password/i);
  });
});
