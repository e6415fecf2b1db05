import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { BranchSlugParams, CalendarFeedResponse, ErrorBody } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { calendarFeedToken, personalFeed, publicBoardFeed } from "./feeds.ts";

const tags = ["calendar"];
const feedUrl = (request: FastifyRequest, token: string) => `${request.protocol}://${request.host}/api/calendar/${token}.ics`;
const Ics = Type.String({ description: "text/calendar (iCalendar)" });

export async function feedRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/me/calendar-feed",
    { config: { access: access.user }, schema: { tags, summary: "The URL of your personal calendar feed (secret: share it with nobody)", response: { 200: CalendarFeedResponse, 401: ErrorBody } } },
    async (request) => ({ url: feedUrl(request, await calendarFeedToken(app.db, contextOf(request).caller.id, false)) }),
  );

  api.post(
    "/api/me/calendar-feed",
    { config: { access: access.user }, schema: { tags, summary: "Make a new feed URL; the old one stops working", response: { 200: CalendarFeedResponse, 401: ErrorBody } } },
    async (request) => ({ url: feedUrl(request, await calendarFeedToken(app.db, contextOf(request).caller.id, true)) }),
  );

  api.get(
    "/api/calendar/:token.ics",
    {
      // The unguessable token in the URL is the credential: calendar apps cannot send a login.
      config: { access: access.public },
      schema: {
        tags,
        summary: "Personal iCalendar feed: your meetings from 3 months back to 12 months ahead",
        params: Type.Object({ token: Type.String({ pattern: "^[A-Za-z0-9_-]{20,64}$" }) }),
        response: { 200: Ics, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      // Keyed on the token (a new one is a write, which empties the cache) and the day, which moves the feed's window.
      const now = contextOf(request).clock.now();
      const key = `calendar-feed:${request.params.token}:${now.toISOString().slice(0, 10)}`;
      const feed = await app.readCache.read(request, key, () => personalFeed(app.db, request.params.token, now));
      return reply.type("text/calendar; charset=utf-8").header("cache-control", "private, max-age=300").send(feed);
    },
  );

  api.get(
    "/api/public/branches/:slug/board-meetings.ics",
    {
      config: { access: access.public },
      schema: { tags, summary: "Public feed of the board meetings, open to anyone by appointment", params: BranchSlugParams, response: { 200: Ics, 404: ErrorBody } },
    },
    async (request, reply) => reply.type("text/calendar; charset=utf-8").header("cache-control", "public, max-age=900").send(await publicBoardFeed(app.db, request.params.slug, contextOf(request).clock.now())),
  );
}
