import { describe, expect, it } from "vitest";
import { DEMO, bearer, login, useTestApp } from "../support/app.ts";
import { aBranch, aSeries } from "../support/factories.ts";

const LIMIT = 4;
const ctx = useTestApp({ guestRequestsPerHour: LIMIT });

type PublicMeeting = { seriesId: string; date: string; title: string; start: string; end: string; mode: string };

async function boardMeetings(slug = "den-haag") {
  const response = await ctx.app.inject({ method: "GET", url: `/api/public/branches/${slug}/board-meetings` });
  return { status: response.statusCode, body: response.json() as { branch: { name: string }; meetings: PublicMeeting[] } };
}

// Each test asks from its own address, so the per-IP limit only bites where it is tested.
const ask = (payload: object, ip: string, slug = "den-haag") => ctx.app.inject({ method: "POST", url: `/api/branches/${slug}/guest-requests`, remoteAddress: ip, payload });

describe("the public list of board meetings", () => {
  it("lists upcoming board meetings without logging in, and no internal details", async () => {
    const { status, body } = await boardMeetings();
    expect(status).toBe(200);
    expect(body.branch.name).toBe("BIJ1 Den Haag");
    expect(body.meetings.length).toBeGreaterThan(3);
    expect(new Set(body.meetings.map((meeting) => meeting.title))).toEqual(new Set(["Bestuursvergadering"]));
    expect(Object.keys(body.meetings[0] ?? {}).sort()).toEqual(["date", "end", "mode", "seriesId", "start", "title"]);
    expect((await boardMeetings("nowhere")).status).toBe(404);
  });
});

describe("asking to attend a board meeting", () => {
  it("takes a request, makes its topic a proposal, and lets the requester follow it through a private link", async () => {
    const [meeting] = (await boardMeetings()).body.meetings;
    const response = await ask({ name: " Joris de Wit ", email: "Joris@Example.org", seriesId: meeting?.seriesId, date: meeting?.date, topic: "Buurtbudget Transvaal" }, "192.0.2.10");
    expect(response.statusCode).toBe(201);
    const { status, statusUrl } = response.json<{ status: string; statusUrl: string }>();
    expect(status).toBe("pending");
    expect(statusUrl).toMatch(/^\/api\/guest-requests\/[A-Za-z0-9_-]{43}$/);
    expect((await ctx.app.inject({ method: "GET", url: statusUrl })).json()).toEqual({ status: "pending", date: meeting?.date, title: "Bestuursvergadering" });
    expect((await ctx.app.inject({ method: "GET", url: "/api/guest-requests/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })).statusCode).toBe(404);

    const tim = await login(ctx.app, DEMO.treasurer);
    const agenda = await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/meetings/${meeting?.seriesId}/${meeting?.date}/agenda`, headers: bearer(tim) });
    expect(agenda.json().proposals).toContainEqual(expect.objectContaining({ title: "Buurtbudget Transvaal", origin: "guest", proposedBy: "Joris de Wit" }));

    // The secretary answers; approved guests join the attendance list.
    const nadine = await login(ctx.app, DEMO.secretary);
    const queue = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/guest-requests", headers: bearer(nadine) });
    const request = queue.json().requests.find((one: { name: string }) => one.name === "Joris de Wit");
    expect(request).toMatchObject({ email: "joris@example.org", status: "pending" });
    expect(queue.json().requests.map((one: { name: string }) => one.name)).toContain("Amina Bouzid");
    const approve = (session: typeof nadine) =>
      ctx.app.inject({ method: "POST", url: `/api/branches/den-haag/guest-requests/${request.id}/approve`, headers: bearer(session), payload: { version: request.version } });
    expect((await approve(tim)).statusCode).toBe(403);
    expect((await approve(nadine)).json().request.status).toBe("approved");
    expect((await approve(nadine)).statusCode).toBe(409);
    expect((await ctx.app.inject({ method: "GET", url: statusUrl })).json().status).toBe("approved");
    const attendance = await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/meetings/${meeting?.seriesId}/${meeting?.date}/attendance`, headers: bearer(tim) });
    expect(attendance.json().guests).toEqual([{ guestRequestId: request.id, name: "Joris de Wit" }]);
  });

  it("answers a bot that fills the honeypot with 201 but stores nothing", async () => {
    const [meeting] = (await boardMeetings()).body.meetings;
    const before = await ctx.db.guestRequest.count();
    const response = await ask({ name: "Bot", email: "bot@example.org", seriesId: meeting?.seriesId, date: meeting?.date, topic: "Spam", website: "https://spam.example" }, "192.0.2.11");
    expect(response.statusCode).toBe(201);
    expect(response.json().status).toBe("pending");
    expect(await ctx.db.guestRequest.count()).toBe(before);
    expect(await ctx.db.agendaItem.count({ where: { title: "Spam" } })).toBe(0);
  });

  it("refuses a bad email, a meeting that is not an upcoming board meeting, and another branch's meeting, all with 400", async () => {
    const [meeting] = (await boardMeetings()).body.meetings;
    const valid = { name: "Joris", email: "joris@example.org", seriesId: meeting?.seriesId as string, date: meeting?.date as string };
    let counter = 0;
    const ip = () => `192.0.2.${100 + counter++}`;
    expect((await ask({ ...valid, email: "geen-email" }, ip())).json().error.code).toBe("INVALID_EMAIL");
    expect((await ask({ ...valid, name: "   " }, ip())).statusCode).toBe(400);
    const tim = await login(ctx.app, DEMO.treasurer);
    const series = (await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/series", headers: bearer(tim) })).json().series as { id: string; kind: string }[];
    const organizing = series.find((one) => one.kind === "working_group")?.id as string;
    const utrechtBoard = await aSeries(ctx.db, {
      branch: await aBranch(ctx.db, { slug: "utrecht" }),
      data: { title: "Bestuur Utrecht (intern)", recurrenceKind: "rrule", rrule: "FREQ=WEEKLY", singleDate: null, startTime: "20:00", validFrom: new Date("2026-01-01T00:00:00Z") },
    });
    const cases = [
      { ...valid, date: "2026-02-30" },
      { ...valid, date: "2026-11-24" },
      { ...valid, date: "2026-11-03" },
      { ...valid, seriesId: organizing },
      { ...valid, seriesId: "not-a-uuid" },
      { ...valid, seriesId: utrechtBoard.id },
    ];
    for (const payload of cases) {
      const response = await ask(payload, ip());
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      // One answer for every case: it says nothing about what exists elsewhere.
      expect(response.json().error.code).toBe("NOT_AN_UPCOMING_BOARD_MEETING");
      expect(response.body).not.toContain("Utrecht");
    }
    // And the other way round: a Den Haag board meeting asked through Utrecht.
    expect((await ask(valid, ip(), "utrecht")).json().error.code).toBe("NOT_AN_UPCOMING_BOARD_MEETING");
    expect((await ask({ ...valid, extra: "x" }, ip())).statusCode).toBe(400);
    expect(await ctx.db.guestRequest.count({ where: { name: "Joris" } })).toBe(0);
  });

  it("keeps the queue to the secretary of the branch", async () => {
    const member = await login(ctx.app, DEMO.member);
    expect((await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/guest-requests", headers: bearer(member) })).statusCode).toBe(403);
    const utrechtMember = await login(ctx.app, DEMO.utrechtMember);
    expect((await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/guest-requests", headers: bearer(utrechtMember) })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/guest-requests" })).statusCode).toBe(401);
  });

  it(`allows ${LIMIT} requests an hour per IP address, then answers 429 with Retry-After`, async () => {
    const [meeting] = (await boardMeetings()).body.meetings;
    const payload = { name: "Flood", email: "flood@example.org", seriesId: meeting?.seriesId, date: meeting?.date };
    for (let i = 0; i < LIMIT; i += 1) expect((await ask(payload, "198.51.100.20")).statusCode).toBe(201);
    const blocked = await ask(payload, "198.51.100.20");
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect(blocked.json().error.code).toBe("RATE_LIMITED");
    expect((await ask(payload, "198.51.100.21")).statusCode).toBe(201);
  });
});
