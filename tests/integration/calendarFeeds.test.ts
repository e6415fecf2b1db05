import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import ICAL from "ical.js";
import { addMonths, format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { DEMO, bearer, login, useTestApp } from "../support/app.ts";
import { TEST_NOW } from "../support/clock.ts";

const ctx = useTestApp();

interface ParsedEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
  status: string | null;
  location: string | null;
}

/** Parsed with ical.js (Thunderbird's parser), independent of the library that wrote the feed. */
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      summary: event.summary,
      status: (component.getFirstPropertyValue("status") as string | null) ?? null,
      location: (component.getFirstPropertyValue("location") as string | null) ?? null,
    };
  });
}

const feedPath = (url: string) => new URL(url).pathname;
const tokenOf = (url: string) => feedPath(url).split("/").at(-1)?.replace(/\.ics$/, "") ?? "";

describe("personal calendar feed", () => {
  it("holds exactly the meetings the API lists for the member, 3 months back to 12 months ahead, with exceptions applied", async () => {
    const member = await login(ctx.app, DEMO.member);
    const treasurer = await login(ctx.app, DEMO.treasurer);

    // Cancel the next Organizing meeting so the feed must carry an exception.
    const today = new TZDate(TEST_NOW.getTime(), "Europe/Amsterdam");
    const window = { from: format(addMonths(today, -3), "yyyy-MM-dd"), to: format(addMonths(today, 12), "yyyy-MM-dd") };
    const upcoming = (await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/occurrences?from=${format(today, "yyyy-MM-dd")}&to=${window.to}&workingGroup=organizing`, headers: bearer(member) })).json().occurrences;
    const cancelled = upcoming[0];
    const cancel = await ctx.app.inject({
      method: "PUT",
      url: `/api/branches/den-haag/series/${cancelled.seriesId}/occurrences/${cancelled.date}`,
      headers: bearer(treasurer),
      payload: { status: "cancelled", reason: "Te weinig mensen", expectedVersion: cancelled.exceptionVersion },
    });
    expect(cancel.statusCode).toBe(200);

    const feedUrl = (await ctx.app.inject({ method: "POST", url: "/api/me/calendar-feed", headers: bearer(member) })).json().url;
    expect(feedUrl).toMatch(/^http:\/\/[^/]+\/api\/calendar\/[\w-]{20,}\.ics$/);
    const feed = await ctx.app.inject({ method: "GET", url: feedPath(feedUrl) });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toMatch(/^text\/calendar/);
    expect(feed.body).not.toMatch(/BYWEEKNO|RRULE/);

    const events = parseFeed(feed.body);
    const api = (await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/occurrences?from=${window.from}&to=${window.to}&mine=true`, headers: bearer(member) })).json().occurrences as {
      seriesId: string;
      date: string;
      start: string;
      end: string;
      status: string;
    }[];
    expect(api.length).toBeGreaterThan(30);
    const fromApi = api.map((occurrence) => ({ uid: `${occurrence.seriesId}-${occurrence.date}@afdelingsplanner`, start: Date.parse(occurrence.start), end: Date.parse(occurrence.end), cancelled: occurrence.status === "cancelled" }));
    const fromFeed = events.map((event) => ({ uid: event.uid, start: event.start, end: event.end, cancelled: event.status === "CANCELLED" }));
    expect(fromFeed.sort((a, b) => a.uid.localeCompare(b.uid))).toEqual(fromApi.sort((a, b) => a.uid.localeCompare(b.uid)));
    expect(fromFeed.find((event) => event.uid === `${cancelled.seriesId}-${cancelled.date}@afdelingsplanner`)?.cancelled).toBe(true);
  });

  it("shows the URL once, when it is made; a new one ends the old one", async () => {
    const member = await login(ctx.app, DEMO.secretary);
    const first = (await ctx.app.inject({ method: "POST", url: "/api/me/calendar-feed", headers: bearer(member) })).json().url;
    const status = await ctx.app.inject({ method: "GET", url: "/api/me/calendar-feed", headers: bearer(member) });
    expect(status.json()).toEqual({ active: true });
    expect(status.body).not.toContain(tokenOf(first));
    const second = (await ctx.app.inject({ method: "POST", url: "/api/me/calendar-feed", headers: bearer(member) })).json().url;
    expect(second).not.toBe(first);
    expect((await ctx.app.inject({ method: "GET", url: feedPath(first) })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: "GET", url: feedPath(second) })).statusCode).toBe(200);
  });

  it("keeps only the SHA-256 of a feed token in the database (issue 16 finding 4)", async () => {
    const member = await login(ctx.app, DEMO.utrechtMember);
    expect((await ctx.app.inject({ method: "GET", url: "/api/me/calendar-feed", headers: bearer(member) })).json()).toEqual({ active: false });
    const token = tokenOf((await ctx.app.inject({ method: "POST", url: "/api/me/calendar-feed", headers: bearer(member) })).json().url);
    const rows = await ctx.db.$queryRaw<{ row: string }[]>`SELECT row_to_json(u)::text AS row FROM "User" u`;
    expect(rows.filter(({ row }) => row.includes(token))).toEqual([]);
    const [stored] = await ctx.db.$queryRaw<{ hash: string }[]>`SELECT "calendarFeedTokenHash" AS hash FROM "User" WHERE id = ${member.userId}::uuid`;
    expect(stored?.hash).toBe(createHash("sha256").update(token).digest("hex"));
  });

  it("keeps a token made before the tokens were hashed working: the migration hashes it in place", async () => {
    // The secretary's row as it was before the migration: the column under its old name, holding the plain token.
    const plain = "old-plain-token-from-before-hashing_0123456789";
    const [secretary] = await ctx.db.$queryRaw<{ id: string }[]>`SELECT id::text FROM "User" WHERE email = ${DEMO.secretary}`;
    await ctx.db.$executeRawUnsafe(`ALTER TABLE "User" RENAME COLUMN "calendarFeedTokenHash" TO "calendarFeedToken"`);
    await ctx.db.$executeRawUnsafe(`ALTER INDEX "User_calendarFeedTokenHash_key" RENAME TO "User_calendarFeedToken_key"`);
    await ctx.db.$executeRaw`UPDATE "User" SET "calendarFeedToken" = ${plain} WHERE id = ${secretary?.id}::uuid`;
    const migration = await readFile(path.join(import.meta.dirname, "../../prisma/migrations/20261207210000_hashed_calendar_feed_tokens/migration.sql"), "utf8");
    for (const statement of migration.replace(/--.*$/gm, "").split(";").map((part) => part.trim()).filter(Boolean)) await ctx.db.$executeRawUnsafe(statement);
    const feed = await ctx.app.inject({ method: "GET", url: `/api/calendar/${plain}.ics` });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain("BEGIN:VCALENDAR");
    expect(JSON.stringify(await ctx.db.$queryRaw`SELECT * FROM "User"`)).not.toContain(plain);
  });

  it("needs a login to see the feed URL, and refuses unknown tokens", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/me/calendar-feed" })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: "GET", url: "/api/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics" })).statusCode).toBe(404);
  });
});

describe("public board feed", () => {
  it("lists the board meetings without internal details", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/public/branches/den-haag/board-meetings.ics" });
    expect(response.statusCode).toBe(200);
    const events = parseFeed(response.body);
    expect(events.length).toBeGreaterThan(20);
    for (const event of events) {
      expect(event.summary).toMatch(/^Bestuursvergadering BIJ1 Den Haag \(open op afspraak\)$/);
      expect(event.location).toBeNull();
    }
    expect(response.body).not.toMatch(/Hoefkade|penningmeester/);
  });

  it("answers 404 for a branch that does not exist", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/public/branches/nergens/board-meetings.ics" })).statusCode).toBe(404);
  });
});
