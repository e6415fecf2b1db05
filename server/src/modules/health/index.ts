import type { FastifyInstance } from "fastify";
import { healthRoutes } from "./routes.ts";

export async function healthModule(app: FastifyInstance) {
  await app.register(healthRoutes);
}
