import fp from "fastify-plugin";
import type { FastifyInstance } from "fastify";
import type { Database } from "../db/client.ts";
import { ReadCache } from "../lib/readCache.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Cache of read results, invalidated by every write request on any instance (lib/readCache.ts). */
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

/** `ttlSeconds` 0 turns caching off (the tests' default: some write to the database directly between reads). */
export const readCachePlugin = fp(
  async (app: FastifyInstance, options: { db: Database; ttlSeconds: number }) => {
    const { db } = options;
    const cache = new ReadCache(options.ttlSeconds * 1000, {
      // A new sequence shows last_value 1 both before and after its first nextval; is_called tells them apart.
      current: async () =>
        String((await db.$queryRaw<{ generation: bigint }[]>`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS generation FROM "ReadCacheGeneration"`)[0]?.generation ?? 0),
    });
    app.decorate("readCache", cache);
    if (!cache.enabled) return;
    // onSend runs after the handler (so after its transaction committed) and before the answer leaves,
    // for error answers too. A write that failed half-way still moves the generation: harmless.
    app.addHook("onSend", async (request, _reply, payload) => {
      if (READ_ONLY_METHODS.has(request.method) || !request.url.startsWith("/api/") || SESSION_ONLY_WRITES.has(request.routeOptions.url ?? "")) return payload;
      try {
        await db.$queryRaw`SELECT nextval('"ReadCacheGeneration"')`;
        cache.clear();
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
