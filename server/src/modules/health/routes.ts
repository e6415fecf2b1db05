import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { HealthResponse } from "@afdelingsplanner/shared/schemas";
import { embeddedDatabaseProblem } from "../../db/embedded.ts";
import { access } from "../../lib/access.ts";

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/api/health",
    {
      config: { access: access.public },
      schema: { tags: ["health"], summary: "Whether the app and its database answer", response: { 200: HealthResponse, 503: HealthResponse } },
    },
    async (_request, reply) => {
      // The embedded PostgreSQL's supervisor knows it is down before any query fails (issue 16 finding 7).
      const problem = embeddedDatabaseProblem();
      if (problem) return reply.status(503).send({ status: "degraded", database: "down", code: "DATABASE_UNAVAILABLE", reason: problem });
      try {
        // A monitor wants an answer in seconds, also when the database hangs rather than refuses.
        await withTimeout(app.db.$queryRaw`SELECT 1`, HEALTH_TIMEOUT_MS);
        return { status: "ok", database: "up" } as const;
      } catch (error) {
        app.log.warn({ err: error }, "health check: database does not answer");
        return reply.status(503).send({ status: "degraded", database: "down", code: "DATABASE_UNAVAILABLE", reason: embeddedDatabaseProblem() ?? "The database does not answer." });
      }
    },
  );
}

const HEALTH_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the database within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
