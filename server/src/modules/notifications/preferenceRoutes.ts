import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { BRANCH_ROLES } from "@afdelingsplanner/shared";
import {
  BranchSlugParams,
  ErrorBody,
  NotificationPreferencesBody,
  NotificationPreferencesResponse,
  UnsubscribeAnswer,
  UnsubscribeBody,
  UnsubscribePage,
  UnsubscribeParams,
} from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { getNotificationPreferences, setNotificationPreferences, unsubscribe, unsubscribeTarget } from "./preferences.ts";
import { confirmPage, donePage } from "./unsubscribePage.ts";
import { UNSUBSCRIBE_PATH } from "./outbox.ts";

const tags = ["notifications"];
// The member's own row in a branch: members only; a platform admin reading along has none of their own there.
const ownMembership = { access: access.branchRoles(...BRANCH_ROLES) };
const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? "").includes("text/html");

/** The Meldingen page's settings, and the one-click unsubscribe link every optional mail carries. */
export async function preferenceRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches/:slug/me/notification-preferences",
    {
      config: ownMembership,
      schema: {
        tags,
        summary: "Which mails you receive from this branch, and when your reminders go out",
        params: BranchSlugParams,
        response: { 200: NotificationPreferencesResponse, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => getNotificationPreferences(app.db, contextOf(request).branch),
  );

  api.put(
    "/api/branches/:slug/me/notification-preferences",
    {
      config: ownMembership,
      schema: {
        tags,
        summary: "Turn kinds of mail on or off and set your reminder times; send the version you saw",
        params: BranchSlugParams,
        body: NotificationPreferencesBody,
        response: { 200: NotificationPreferencesResponse, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => setNotificationPreferences(app.db, contextOf(request).branch, request.body),
  );

  await app.register(unsubscribeRoutes);
}

/** In a scope of its own: only these routes read form-encoded bodies, as mail clients send RFC 8058's POST. */
async function unsubscribeRoutes(app: FastifyInstance) {
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const url = `${UNSUBSCRIBE_PATH}/:token/:kind`;

  api.get(
    url,
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: "The page an unsubscribe link opens in a browser (HTML): asks before turning that kind of mail off",
        params: UnsubscribeParams,
        response: { 200: UnsubscribePage, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const target = await unsubscribeTarget(app.db, request.params.token);
      const action = `${UNSUBSCRIBE_PATH}/${request.params.token}/${request.params.kind}`;
      return reply
        .header("cache-control", "no-store")
        .type("text/html; charset=utf-8")
        .send(confirmPage(target.locale, request.params.kind, target.branchName, action));
    },
  );

  api.post(
    url,
    {
      // No login and no CSRF token: the link's secret is the authority, and all it can do is turn one kind of mail off.
      config: { access: access.public },
      schema: {
        tags,
        summary: "One-click unsubscribe (RFC 8058): turns this kind of mail off for the person the link was sent to",
        params: UnsubscribeParams,
        body: UnsubscribeBody,
        // JSON for mail clients; the confirmation page for a browser's form (Accept: text/html).
        response: { 200: UnsubscribeAnswer, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const done = await unsubscribe(app.db, request.params.token, request.params.kind);
      if (wantsHtml(request)) return reply.header("cache-control", "no-store").type("text/html; charset=utf-8").send(donePage(done.locale, done.kind, done.branchName));
      return { kind: done.kind, unsubscribed: done.unsubscribed };
    },
  );
}
