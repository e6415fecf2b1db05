import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { BranchSlugParams, CalendarFeedResponse, CalendarFeedStatus, ErrorBody } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { hashSecretToken } from "../../lib/tokenHash.ts";
import { hasCalendarFeed, newCalendarFeedToken, personalFeed, publicBoardFeed } from "./feeds.ts";

const tags = ["calendar"];
const feedUrl = (request: FastifyRequest, token: string) => `${request.protocol}://${request.host}/api/calendar/${token}.ics`;
/** The public page where anyone asks to attend a board meeting (web: bezoek/:slug). */
const attendUrl = (request: FastifyRequest, slug: string) => `${request.protocol}://${request.host}/bezoek/${encodeURIComponent(slug)}`;
const Ics = Type.String({ description: "text/calendar (iCalendar)" });

export async function feedRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/me/calendar-feed",
    {
      config: { access: access.user },
      schema: { tags, summary: "Whether you have a personal calendar feed; its URL is shown only once, when it is made", response: { 200: CalendarFeedStatus, 401: ErrorBody } },
    },
    async (request) => ({ active: await hasCalendarFeed(app.db, contextOf(request).caller.id) }),
  );

  api.post(
    "/api/me/calendar-feed",
    { config: { access: access.user }, schema: { tags, summary: "Make a feed URL (secret: share it with nobody), shown this once; an old one stops working", response: { 200: CalendarFeedResponse, 401: ErrorBody } } },
    async (request) => ({ url: feedUrl(request, await newCalendarFeedToken(app.db, contextOf(request).caller.id)) }),
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
      // Keyed on the token's hash (a cache in Redis holds no working link; a new token is a write, which empties
      // the cache) and the day, which moves the feed's window.
      const now = contextOf(request).clock.now();
      const key = `calendar-feed:${hashSecretToken(request.params.token)}:${now.toISOString().slice(0, 10)}`;
      // Scoped to the member's own branches once loaded: a write in another branch leaves the entry warm.
      const feed = await app.readCache.readSelfScoped(request, key, async () => {
        const { ics, scope } = await personalFeed(app.db, request.params.token, now);
        return { value: ics, scope };
      });
      return reply.type("text/calendar; charset=utf-8").header("cache-control", "private, max-age=300").send(feed);
    },
  );

  api.get(
    "/api/public/branches/:slug/board-meetings.ics",
    {
      config: { access: access.public },
      schema: { tags, summary: "Public feed of the board meetings, open to anyone by appointment; each event links to the page to ask to attend", params: BranchSlugParams, response: { 200: Ics, 404: ErrorBody } },
    },
    async (request, reply) => reply.type("text/calendar; charset=utf-8").header("cache-control", "public, max-age=900").send(await publicBoardFeed(app.db, request.params.slug, contextOf(request).clock.now(), attendUrl(request, request.params.slug))),
  );
}
