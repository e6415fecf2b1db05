import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { HealthResponse } from "@afdelingsplanner/shared";
import { access } from "../../plugins/auth.ts";

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/api/health",
    {
      config: { access: access.public },
      schema: { tags: ["health"], summary: "Whether the app and its database answer", response: { 200: HealthResponse, 503: HealthResponse } },
    },
    async (_request, reply) => {
      try {
        await app.db.$queryRaw`SELECT 1`;
        return { status: "ok", database: "up" } as const;
      } catch (error) {
        app.log.warn({ err: error }, "health check: database does not answer");
        return reply.status(503).send({ status: "degraded", database: "down" });
      }
    },
  );
}
