import fp from "fastify-plugin";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";

/** OpenAPI built from the same TypeBox schemas that validate the routes; UI at /api/docs. */
export const swaggerPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: "3.1.0",
        info: { title: "Afdelingsplanner API", version: "0.1.0", description: "Organisation and meeting planner for a local party branch." },
        components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
      },
    });
    // staticCSP: the docs page gets its own CSP with the hashes of swagger-ui's inline code, replacing the app's stricter one.
    await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  },
  { name: "swagger" },
);
