import fp from "fastify-plugin";
import type { FastifyInstance } from "fastify";
import type { Database } from "../db/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { ReadCache, scopeOf } from "../lib/readCache.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Cache of read results, invalidated by every write request in the same branch on any instance (lib/readCache.ts). */
    readCache: ReadCache;
  }
}

const READ_ONLY_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/**
 * Writes that touch only refresh tokens, which no cached read shows: every open tab refreshes its session
 * every few minutes, and emptying every branch's cache for that would leave little to reuse. Anything else
 * that writes (a password change included) moves the generation.
 */
const SESSION_ONLY_WRITES = new Set(["/api/auth/login", "/api/auth/refresh", "/api/auth/logout"]);

/**
 * Moves the generation of one scope (a branch's slug, or '' for a write outside any branch, which every branch's
 * reads depend on) and the sequence that reads spanning branches use. One statement, after the write committed.
 * Entries of other scopes stay warm; stale ones of this scope are never served again and age out of the LRU.
 */
export async function bumpGeneration(db: Database, scope: string): Promise<void> {
  await db.$queryRaw`
    WITH bumped AS (
      INSERT INTO "ReadCacheScope" (scope, generation) VALUES (${scope}, 1)
      ON CONFLICT (scope) DO UPDATE SET generation = "ReadCacheScope".generation + 1
      RETURNING generation
    )
    SELECT nextval('"ReadCacheGeneration"') FROM bumped`;
}

/** The generation of a scope (lib/readCache.ts), as a SQL expression. */
export function generationSql(scope: string | null): Prisma.Sql {
  // A new sequence shows last_value 1 both before and after its first nextval; is_called tells them apart.
  if (scope === null) return Prisma.sql`(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "ReadCacheGeneration")::text`;
  // The named branches' own writes and those outside any branch (scope ''), e.g. a changed account.
  const scopes = ["", ...scope.split(",")];
  return Prisma.sql`(SELECT coalesce(string_agg(scope || '=' || generation, ',' ORDER BY scope), '') FROM "ReadCacheScope" WHERE scope = ANY(${scopes}::text[]))`;
}

/** `ttlSeconds` 0 turns caching off (the tests' default: some write to the database directly between reads). */
export const readCachePlugin = fp(
  async (app: FastifyInstance, options: { db: Database; ttlSeconds: number; outcomeHeader?: boolean }) => {
    const { db } = options;
    const cache = new ReadCache(options.ttlSeconds * 1000, {
      current: async (scope) => {
        const [row] = await db.$queryRaw<{ generation: string }[]>`SELECT ${generationSql(scope)} AS generation`;
        return row?.generation ?? "";
      },
    });
    app.decorate("readCache", cache);
    if (!cache.enabled) return;
    // onSend runs after the handler (so after its transaction committed) and before the answer leaves,
    // for error answers too. A write that failed half-way still moves the generation: harmless.
    if (options.outcomeHeader) {
      app.addHook("onSend", async (request, reply, payload) => {
        const outcome = cache.outcomeOf(request);
        if (outcome) reply.header("x-read-cache", outcome);
        return payload;
      });
    }
    app.addHook("onSend", async (request, _reply, payload) => {
      if (READ_ONLY_METHODS.has(request.method) || !request.url.startsWith("/api/") || SESSION_ONLY_WRITES.has(request.routeOptions.url ?? "")) return payload;
      try {
        await bumpGeneration(db, scopeOf(request) ?? "");
      } catch (error) {
        cache.clear();
        // Never throw from here (issue 16 G): an error in onSend skips the error handler, and Fastify's fallback
        // answered with Prisma's own text (P2010, the database's host and port). When the database is down the
        // write failed too and the answer already says so; when only this bump failed, other instances may
        // serve reads up to the cache's few seconds old. This instance's cache is empty either way.
        request.log.warn({ err: error }, "read cache: could not move the generation after a write");
      }
      return payload;
    });
  },
  { name: "readCache" },
);
