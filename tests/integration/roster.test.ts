import { describe, expect, it } from "vitest";
import { calendarDays } from "@afdelingsplanner/shared";
import { type RosterEntry, type RosterResponse } from "@afdelingsplanner/shared/schemas";
import { DEMO, bearer, login, useTestApp } from "../support/app.ts";
import { testToday } from "../support/clock.ts";

const ctx = useTestApp();
const today = () => testToday();

async function rosterAs(email: string, query = "") {
  const session = await login(ctx.app, email);
  return ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/roster${query}`, headers: bearer(session) });
}

const rosterRoutes = () => ctx.app.apiRoutes.filter((route) => /^\/api\/branches\/:slug\/(board$|roster)/.test(route.url));
const urlOf = (url: string, seatId = "00000000-0000-0000-0000-000000000000") => url.replace(":slug", "den-haag").replace(":seatId", seatId);

describe("reading the roster", () => {
  it("shows a member five expired terms today and a warning that all five ended on the same day", async () => {
    const response = await rosterAs(DEMO.member);
    expect(response.statusCode).toBe(200);
    const body = response.json<RosterResponse>();
    expect(body.asOf).toBe(today());
    expect(body.entries.map((entry) => entry.name)).toEqual(["Latifa Salmi", "Yuval Gal", "Martijn Schackmann", "Nadine Avéres", "Tim Kies"]);
    for (const entry of body.entries) {
      expect(entry).toMatchObject({ termStart: "2022-08-21", termEnd: "2024-08-21", reappointments: 0, standingAgain: "undecided", status: "expired", eligibleForReappointment: true });
    }
    expect(body.entries[3]).toMatchObject({ function: "secretaris", portfolio: "Werkgroep politieke agenda" });
    expect(body.warnings.map((warning) => warning.code)).toEqual(["ended_without_decision", "same_end_date"]);
    const sameDay = body.warnings[1];
    expect(sameDay?.message).toContain("Alle vijf termijnen eindigden op dezelfde dag, 21 augustus 2024");
    expect(sameDay?.personIds).toHaveLength(5);
    expect(body.policy).toEqual({ termLengthMonths: 24, maxConsecutiveTerms: 3, endingSoonWindowMonths: 3, version: 1 });
  });

  it.each([
    ["2023-06-15", "active"],
    ["2024-05-20", "active"],
    ["2024-05-21", "ending_soon"],
    ["2024-06-15", "ending_soon"],
    ["2024-08-21", "ending_soon"],
    ["2024-08-22", "expired"],
  ])("as of %s all five are %s", async (asOf, status) => {
    const body = (await rosterAs(DEMO.member, `?asOf=${asOf}`)).json<RosterResponse>();
    expect(body.asOf).toBe(asOf);
    expect(new Set(body.entries.map((entry: RosterEntry) => entry.status))).toEqual(new Set([status]));
  });

  it.each(["2026-02-30", "2025-02-29", "2026-13-01", "gisteren", "22-11-2026", ""])("answers 400 with a message for the date %j", async (asOf) => {
    const response = await rosterAs(DEMO.member, `?asOf=${encodeURIComponent(asOf)}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/asOf/);
  });

  it("answers 400 on the CSV too for an impossible date", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster.csv?asOf=2026-02-30", headers: bearer(member) });
    expect(response.statusCode).toBe(400);
  });

  it("shows the board with holders, portfolios, responsibilities and each seat's terms", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/board", headers: bearer(member) });
    expect(response.statusCode).toBe(200);
    const { seats, formerMembers } = response.json();
    expect(seats).toHaveLength(5);
    expect(seats[0]).toMatchObject({
      function: "duo-voorzitter",
      portfolio: "Werkgroep communicatie",
      responsibilities: expect.stringContaining("persaanspreekpunt"),
      holder: { name: "Latifa Salmi" },
      status: "expired",
      terms: [expect.objectContaining({ kind: "elected", startDate: "2022-08-21", endDate: "2024-08-21" })],
    });
    expect(formerMembers).toEqual([]);
    expect(response.body).not.toMatch(/email|argon2|password/i);
  });

  it("offers a staggered schedule for the terms that all ended together", async () => {
    const member = await login(ctx.app, DEMO.member);
    const { proposal } = (await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster/staggering", headers: bearer(member) })).json();
    expect(proposal.terms.map((term: { months: number }) => term.months)).toEqual([24, 12, 24, 12, 24]);
    expect(new Set(proposal.terms.map((term: { startDate: string }) => term.startDate))).toEqual(new Set([today()]));
  });
});

describe("the CSV export", () => {
  it("is UTF-8 with a byte order mark, ';'-separated with Dutch headers, and keeps Avéres intact", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster.csv", headers: bearer(member) });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="rooster-van-aftreden-den-haag-${today()}.csv"`);
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    const lines = text.trimEnd().split("\r\n");
    // Every cell quoted (server/src/lib/csv.ts, shared with the members' export).
    expect(lines[0]).toBe('"Bestuurslid";"Functie";"Portefeuille";"Start termijn";"Einde termijn";"Aantal keer herbenoemd";"Status"');
    expect(lines).toHaveLength(6);
    expect(lines).toContain('"Nadine Avéres";"secretaris";"Werkgroep politieke agenda";"21-08-2022";"21-08-2024";"0";"Verlopen"');
  });

  it("follows asOf", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster.csv?asOf=2023-06-15", headers: bearer(member) });
    expect(response.rawPayload.toString("utf8")).toContain('"Tim Kies";"penningmeester";"Werkgroep organizing";"21-08-2022";"21-08-2024";"0";"Actief"');
  });
});

describe("who may do what", () => {
  it("documents every roster route in OpenAPI with a tag, a summary and responses", async () => {
    const spec = (await ctx.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    for (const route of rosterRoutes()) {
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      const operation = spec.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toMatchObject({ tags: ["board"], summary: expect.any(String) });
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["401", "404"]));
    }
    expect(rosterRoutes().length).toBe(14); // with adding, changing and abolishing seats
  });

  it("refuses every roster change to a member who is not on the board (403), and changes nothing", async () => {
    const member = await login(ctx.app, DEMO.member);
    const before = (await rosterAs(DEMO.member)).body;
    const writes = rosterRoutes().filter((route) => route.method !== "GET");
    expect(writes).toHaveLength(9);
    for (const route of writes) {
      const response = await ctx.app.inject({ method: route.method as "POST", url: urlOf(route.url), headers: bearer(member), payload: {} });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
    }
    expect((await rosterAs(DEMO.member)).body).toBe(before);
  });

  it("gives a member of utrecht 404 on every den-haag roster route", async () => {
    const utrecht = await login(ctx.app, DEMO.utrechtMember);
    for (const route of rosterRoutes()) {
      const response = await ctx.app.inject({ method: route.method as "GET", url: urlOf(route.url), headers: bearer(utrecht), payload: route.method === "GET" ? undefined : {} });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(response.body).not.toMatch(/Den Haag|Avéres/);
    }
  });

  it("asks for a login", async () => {
    for (const route of rosterRoutes()) {
      const response = await ctx.app.inject({ method: route.method as "GET", url: urlOf(route.url), payload: route.method === "GET" ? undefined : {} });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it("lets a platform admin read but not change the roster", async () => {
    const admin = await login(ctx.app, DEMO.admin);
    expect((await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster", headers: bearer(admin) })).statusCode).toBe(200);
    const seatId = (await rosterAs(DEMO.member)).json<RosterResponse>().entries[0]?.seatId;
    const response = await ctx.app.inject({ method: "POST", url: urlOf("/api/branches/:slug/roster/seats/:seatId/reappointment", seatId), headers: bearer(admin), payload: {} });
    expect(response.statusCode).toBe(404);
  });
});

describe("reappointing", () => {
  it("rejects fields the action does not know, and an impossible date", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const seatId = (await rosterAs(DEMO.member)).json<RosterResponse>().entries[0]?.seatId;
    const url = urlOf("/api/branches/:slug/roster/seats/:seatId/reappointment", seatId);
    const extra = await ctx.app.inject({ method: "POST", url, headers: bearer(secretary), payload: { kind: "elected" } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toContain('"kind" is not an accepted field');
    const impossible = await ctx.app.inject({ method: "POST", url, headers: bearer(secretary), payload: { startDate: "2026-02-30" } });
    expect(impossible.statusCode).toBe(400);
  });

  it("answers 404 for a seat of another branch or none at all", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const response = await ctx.app.inject({ method: "POST", url: urlOf("/api/branches/:slug/roster/seats/:seatId/reappointment"), headers: bearer(secretary), payload: {} });
    expect(response.statusCode).toBe(404);
  });

  it("counts: the secretary reappoints Latifa, who becomes active and reappointed once, and the change is in the history", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const latifa = (await rosterAs(DEMO.member)).json<RosterResponse>().entries[0];
    const url = urlOf("/api/branches/:slug/roster/seats/:seatId/reappointment", latifa?.seatId);
    const response = await ctx.app.inject({ method: "POST", url, headers: bearer(secretary), payload: { note: "ALV november" } });
    expect(response.statusCode).toBe(201);
    const start = today();
    expect(response.json().term).toMatchObject({ kind: "reappointed", name: "Latifa Salmi", startDate: start, endDate: calendarDays.addMonths(start, 24), decidedOn: start, decisionNote: "ALV november" });

    const roster = (await rosterAs(DEMO.member)).json<RosterResponse>();
    expect(roster.entries[0]).toMatchObject({ name: "Latifa Salmi", reappointments: 1, status: "active", termStart: start, eligibleForReappointment: true });
    expect(roster.entries.filter((entry) => entry.status === "expired")).toHaveLength(4);
    expect(roster.warnings[0]?.personIds).not.toContain(latifa?.personId);
    expect(roster.warnings.map((warning) => warning.code)).toEqual(["ended_without_decision", "same_end_date"]);

    const again = await ctx.app.inject({ method: "POST", url, headers: bearer(secretary), payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("NOT_DUE");

    const member = await login(ctx.app, DEMO.member);
    const { events } = (await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster/history", headers: bearer(member) })).json();
    expect(events[0]).toMatchObject({ kind: "reappointed", person: { name: "Latifa Salmi" }, seatFunction: "duo-voorzitter", actorName: "Nadine Avéres", details: { startDate: start, note: "ALV november" } });
    expect(events.filter((event: { kind: string }) => event.kind === "elected")).toHaveLength(5);
  });

  it("refuses a reappointment beyond the policy's maximum", async () => {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const roster = (await rosterAs(DEMO.member)).json<RosterResponse>();
    const policy = await ctx.app.inject({
      method: "PUT",
      url: "/api/branches/den-haag/roster/policy",
      headers: bearer(treasurer),
      payload: { termLengthMonths: 24, maxConsecutiveTerms: 1, endingSoonWindowMonths: 3, version: roster.policy.version },
    });
    expect(policy.statusCode).toBe(200);
    const yuval = roster.entries[1];
    const response = await ctx.app.inject({ method: "POST", url: urlOf("/api/branches/:slug/roster/seats/:seatId/reappointment", yuval?.seatId), headers: bearer(treasurer), payload: {} });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("TERM_LIMIT_REACHED");
    const after = (await rosterAs(DEMO.member)).json<RosterResponse>();
    expect(after.entries[1]?.eligibleForReappointment).toBe(false);
    // Latifa now has two terms in a row under a maximum of one.
    expect(after.warnings.map((warning) => warning.code)).toContain("over_term_limit");
  });
});
