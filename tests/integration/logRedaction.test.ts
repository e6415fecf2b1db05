// Issue 16 (security round two), finding F: secrets out of logs. Every request is logged with its URL, and
// some URLs are credentials: a calendar feed's secret link, a guest's private status link, the invitation,
// password-reset and email-change links (the SPA pages they open are requests too). This builds an app that
// logs at info level into a buffer, makes those requests and checks that no token reaches any line.
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildTestApp, DEMO, bearer, login, useTestApp } from "../support/app.ts";

const ctx = useTestApp();
const lines: string[] = [];
let app: FastifyInstance;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      callback();
    },
  });
  app = await buildTestApp(ctx.db, { clock: ctx.clock, logLevel: "info", logStream: stream });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
});

const secret = () => randomBytes(32).toString("base64url");

describe("no secret in any log line (issue 16 F)", () => {
  it("masks feed and guest tokens in API paths, link tokens in query strings, and never logs the Authorization header", async () => {
    const member = await login(app, DEMO.member);
    const feed = await app.inject({ method: "POST", url: "/api/me/calendar-feed", headers: bearer(member) });
    expect(feed.statusCode).toBe(200);
    const feedToken = new URL(feed.json<{ url: string }>().url).pathname.split("/").at(-1)?.replace(/\.ics$/, "") ?? "";
    expect(feedToken.length).toBeGreaterThan(20);

    const upcoming = await app.inject({ method: "GET", url: "/api/public/branches/den-haag/board-meetings" });
    const meeting = upcoming.json<{ meetings: { seriesId: string; date: string }[] }>().meetings[0];
    if (!meeting) throw new Error("no upcoming board meeting in the demo data");
    const guest = await app.inject({
      method: "POST",
      url: "/api/branches/den-haag/guest-requests",
      remoteAddress: "192.0.2.90",
      payload: { name: "Gast Logboek", email: "gast-log@example.org", seriesId: meeting.seriesId, date: meeting.date },
    });
    expect(guest.statusCode, guest.body).toBe(201);
    const guestToken = guest.json<{ statusUrl: string }>().statusUrl.split("/").at(-1) ?? "";
    expect(guestToken.length).toBeGreaterThan(20);

    const linkTokens = { invitation: secret(), reset: secret(), emailChange: secret(), guestPage: secret() };
    const requests = [
      { url: `/api/calendar/${feedToken}.ics` },
      { url: `/api/guest-requests/${guestToken}` },
      { url: `/uitnodiging?token=${linkTokens.invitation}` },
      { url: `/wachtwoord-herstellen?token=${linkTokens.reset}&lang=nl` },
      { url: `/email-bevestigen?lang=en&token=${linkTokens.emailChange}` },
      { url: `/bezoek/status/${linkTokens.guestPage}` },
      { url: "/api/me", headers: bearer(member) },
    ];
    for (const request of requests) {
      const response = await app.inject({ method: "GET", ...request });
      expect(response.statusCode, request.url).toBeLessThan(500);
    }

    const secrets = [feedToken, guestToken, member.accessToken, member.refreshCookie, ...Object.values(linkTokens)];
    // An object logged with a message (by a plugin or a future log call) has its credentials blanked too.
    const inObject = secret();
    app.log.info({ headers: { authorization: `Bearer ${inObject}` }, body: { password: inObject, token: inObject }, refreshToken: inObject }, "a logged object");
    secrets.push(inObject);

    const logged = lines.join("\n");
    // The capture works: every request above left a line with its (masked) address.
    expect(lines.filter((line) => line.includes('"url":"/api/calendar/')).length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.includes('"url":"/wachtwoord-herstellen?')).length).toBeGreaterThan(0);
    const leaked = secrets.filter((value) => logged.includes(value));
    console.info(`${lines.length} log lines captured; ${leaked.length} of ${secrets.length} secrets in them`);
    expect(leaked).toEqual([]);
    // What is kept: the route's shape and the harmless query parameters.
    expect(logged).toContain('"url":"/api/calendar/[redacted].ics"');
    expect(logged).toContain('"url":"/wachtwoord-herstellen?token=[redacted]&lang=nl"');
  });
});
