import fp from "fastify-plugin";
import fastifyJwt from "@fastify/jwt";
import fastifyCookie from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { CurrentUser } from "@afdelingsplanner/shared/schemas";
import { forbidden, notFound, unauthorized } from "../lib/errors.ts";
import { loadAccount } from "../modules/accounts/currentUser.ts";
import { accessTokenRevokedSql, issuedUnderCurrentPassword, type AccessTokenPayload } from "../modules/accounts/accessTokens.ts";
import { branchScope, type Clock } from "../lib/clock.ts";
import { access, type ApiRoute, type BranchContext, type RouteAccess } from "../lib/access.ts";
import { isUuid } from "@afdelingsplanner/shared/schemas";
import { accountScopeOf, scopeOf } from "../lib/readCache.ts";
import { generationSql } from "./readCache.ts";
import { Prisma } from "../generated/prisma/client.ts";


declare module "@fastify/jwt" {
  interface FastifyJWT {
    payload: AccessTokenPayload;
    user: AccessTokenPayload;
  }
}

export const ACCESS_TOKEN_TTL = "15m";
/** Who issues access tokens and whom they are for: a token signed with the same secret for anything else is refused. */
export const TOKEN_ISSUER = "afdelingsplanner";
export const TOKEN_AUDIENCE = "afdelingsplanner-api";


export const authPlugin = fp(
  async (app: FastifyInstance, options: { jwtSecret: string; clock: Clock }) => {
    app.decorate("clock", options.clock);
    await app.register(fastifyCookie);
    await app.register(fastifyJwt, {
      secret: options.jwtSecret,
      // Pinning the algorithm on both sides rejects alg:none and algorithm-confusion tokens.
      sign: { algorithm: "HS256", expiresIn: ACCESS_TOKEN_TTL, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE },
      // A token without an expiry would never end, so exp is required, not just checked when present; and no
      // token counts for longer than an access token lives (maxAge from iat), whatever its exp says. Issuer and
      // audience are required and must be ours (issue 16 C).
      verify: {
        algorithms: ["HS256"],
        requiredClaims: ["sub", "iat", "exp", "iss", "aud", "jti"],
        allowedIss: TOKEN_ISSUER,
        allowedAud: TOKEN_AUDIENCE,
        // As a string: @fastify/jwt reads a number here as seconds.
        maxAge: ACCESS_TOKEN_TTL,
      },
    });
    const apiRoutes: ApiRoute[] = [];
    app.decorate("apiRoutes", apiRoutes);
    app.decorateRequest("currentUser", null);
    app.decorateRequest("branchContext", null);

    app.addHook("onRoute", (route) => {
      const url = route.url ?? route.path;
      if (!url.startsWith("/api")) return; // the SPA's static files
      route.config ??= {};
      if (url === "/api/docs" || url.startsWith("/api/docs/")) {
        route.config.access ??= access.public;
      }
      const rule = route.config.access;
      if (!rule) {
        throw new Error(`Route ${String(route.method)} ${url} declares no access rule (config.access); every API route must say who may call it.`);
      }
      // The OpenAPI security block follows from the rule, so no route writes it by hand (or forgets it).
      if (rule.kind !== "public") route.schema = { ...route.schema, security: [{ bearerAuth: [] }] };
      for (const method of [route.method].flat()) if (method !== "HEAD") apiRoutes.push({ method, url, access: rule });
    });

    app.addHook("onRequest", async (request) => {
      // Only the SPA's static files and the not-found handler have no rule: onRoute refuses /api routes without one.
      const rule = request.routeOptions.config.access;
      if (!rule || rule.kind === "public") return;
      request.currentUser = await authenticate(app, request);
      if (rule.kind === "platformAdmin" && !request.currentUser.isPlatformAdmin) {
        throw forbidden("Only platform administrators may do this.", "PLATFORM_ADMIN_ONLY");
      }
      if (rule.kind === "branch") request.branchContext = await authorizeBranch(app, request, request.currentUser, rule);
    });
  },
  { name: "auth" },
);

async function authenticate(app: FastifyInstance, request: FastifyRequest): Promise<CurrentUser> {
  if (!request.headers.authorization) throw unauthorized("Log in to continue: this request needs an access token (Authorization: Bearer …).", "TOKEN_MISSING");
  let payload: AccessTokenPayload;
  try {
    // Expiry and not-before are judged by the app's clock, the one that stamped iat (see accessTokenPayload).
    payload = await request.jwtVerify<AccessTokenPayload>({ clockTimestamp: app.clock.now().getTime() });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "FST_JWT_AUTHORIZATION_TOKEN_EXPIRED") throw unauthorized("Your session has expired. Refresh it or log in again.", "TOKEN_EXPIRED");
    throw unauthorized("The access token is invalid. Log in again.", "TOKEN_INVALID");
  }
  // Only this server signs tokens, but a malformed subject would otherwise reach the ::uuid cast in SQL as a 500.
  if (typeof payload.sub !== "string" || !isUuid(payload.sub)) throw unauthorized("The access token is invalid. Log in again.", "TOKEN_INVALID");
  const jti = payload.jti;
  if (typeof jti !== "string" || !isUuid(jti)) throw unauthorized("The access token is invalid. Log in again.", "TOKEN_INVALID");
  // Every authenticated request needs the account; any write request makes it stale, so a role or password change shows at once.
  // The revocation check is never cached: a logout on any instance ends the token at once (issue 16 D).
  // The account's scope is its own branches, as its last load showed (readSelfScoped); `null` before that.
  const key = `account:${payload.sub}`;
  const revoked = await readSessionState(app, request, jti, app.readCache.scopeReportedFor(key));
  const account = await app.readCache.readSelfScoped(request, key, async () => {
    const value = await loadAccount(app.db, payload.sub, app.clock.now());
    return { value, scope: value ? accountScopeOf(value.user) : null };
  });
  if (revoked) throw unauthorized("This session was ended by logging out. Log in again.", "SESSION_ENDED");
  if (!account) throw unauthorized("This account no longer exists. Log in again.", "TOKEN_INVALID");
  if (!issuedUnderCurrentPassword(payload, account.passwordChangedAt)) {
    throw unauthorized("The password of this account was changed, which ended this session. Log in again with the new password.", "PASSWORD_CHANGED");
  }
  return account.user;
}

/**
 * One statement per authenticated request (issue 17): whether the token was revoked, and the read cache's
 * generations for the account and for the route's branch, which the cache is then primed with. Three small
 * queries here had made a cached branch read cost about four times /api/health.
 */
async function readSessionState(app: FastifyInstance, request: FastifyRequest, jti: string, accountScope: string | null): Promise<boolean> {
  const slug = scopeOf(request);
  const cached = app.readCache.enabled && (request.method === "GET" || request.method === "HEAD");
  const branchToo = cached && slug !== null && slug !== accountScope;
  const none = Prisma.sql`NULL`;
  const [row] = await app.db.$queryRaw<{ revoked: boolean; account: string | null; branch: string | null }[]>`
    SELECT ${accessTokenRevokedSql(jti)} AS revoked,
      ${cached ? generationSql(accountScope) : none} AS account,
      ${branchToo ? generationSql(slug) : none} AS branch`;
  if (!row) return false;
  if (row.account !== null) app.readCache.prime(request, accountScope, row.account);
  if (row.branch !== null && slug !== null) app.readCache.prime(request, slug, row.branch);
  return row.revoked;
}

async function authorizeBranch(
  app: FastifyInstance,
  request: FastifyRequest,
  user: CurrentUser,
  rule: Extract<RouteAccess, { kind: "branch" }>,
): Promise<BranchContext> {
  const slug = (request.params as { slug?: unknown }).slug;
  if (typeof slug !== "string") throw new Error(`Route ${request.routeOptions.url} uses branch access without a :slug parameter`);
  const membership = user.branches.find((branch) => branch.slug === slug);
  const isMember = membership !== undefined && membership.personId !== null;
  // Rights are the union of the caller's roles (issue 16 E): a platform admin may do here what the rule lets
  // the platform admin do, whether or not they are also a member of this branch.
  const adminMay = user.isPlatformAdmin && rule.admin !== "none";
  if (!membership || (!isMember && !adminMay)) throw notFound(`Branch "${slug}"`);
  // Roles are asked of members; a non-member got this far only as a platform admin allowed in.
  if (isMember && !adminMay && rule.roles !== "any" && !rule.roles.some((role) => membership.roles.includes(role))) {
    throw forbidden(`Only ${rule.roles.join(" or ")} members of this branch may do this.`, "ROLE_REQUIRED");
  }
  return { branch: branchScope(membership, app.clock.now()) };
}

