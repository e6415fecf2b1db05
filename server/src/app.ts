import Fastify, { type FastifyInstance } from "fastify";
import fastifyRateLimit from "@fastify/rate-limit";
import { AppError } from "./lib/errors.ts";
import type { AppConfig } from "./config.ts";
import type { Database } from "./db/client.ts";
import { validatorCompiler } from "./lib/validation.ts";
import { authPlugin } from "./plugins/auth.ts";
import { errorHandlerPlugin } from "./plugins/errorHandler.ts";
import { prismaPlugin } from "./plugins/prisma.ts";
import { swaggerPlugin } from "./plugins/swagger.ts";
import { webAppPlugin } from "./plugins/webApp.ts";
import { authRoutes } from "./modules/auth/routes.ts";
import { branchRoutes } from "./modules/branches/routes.ts";
import { healthRoutes } from "./modules/health/routes.ts";
import { rosterRoutes } from "./modules/roster/routes.ts";
import { feedRoutes } from "./modules/meetings/feedRoutes.ts";
import { meetingRoutes } from "./modules/meetings/routes.ts";
import { workingGroupFeatureRoutes } from "./modules/goals/allRoutes.ts";
import { meetingRecordRoutes } from "./modules/meetingRecords/allRoutes.ts";
import { guestRequestRoutes } from "./modules/guestRequests/routes.ts";

export interface BuildAppOptions {
  config: Pick<AppConfig, "jwtSecret" | "cookieSecure" | "logLevel" | "webDistDir" | "loginAttemptsPerMinute"> &
    // Optional so callers built before guest requests existed keep working; loadConfig always sets it.
    Partial<Pick<AppConfig, "guestRequestsPerHour">>;
  db: Database;
  /** The app owns the client and disconnects it on close (false in tests that share it). */
  ownsDatabase?: boolean;
}

/** Builds the whole app without listening, so tests can drive it with app.inject. */
export async function buildApp({ config, db, ownsDatabase = true }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'] },
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  // Every write endpoint takes JSON; other bodies get a clear 415 instead of a confusing 400.
  app.removeContentTypeParser("text/plain");

  // Limits are opted into per route for now (login); a global default belongs with the hardening work.
  // preHandler, not onRequest: the login limit is keyed on the email in the parsed body.
  await app.register(fastifyRateLimit, {
    global: false,
    hook: "preHandler",
    errorResponseBuilder: (_request, context) => new AppError(429, "RATE_LIMITED", `Too many attempts. Try again in ${context.after}.`),
  });
  await app.register(prismaPlugin, { db, disconnectOnClose: ownsDatabase });
  await app.register(swaggerPlugin);
  await app.register(authPlugin, { jwtSecret: config.jwtSecret });
  await app.register(webAppPlugin, { distDir: config.webDistDir });
  await app.register(errorHandlerPlugin);

  await app.register(healthRoutes);
  await app.register(authRoutes, { cookieSecure: config.cookieSecure, loginAttemptsPerMinute: config.loginAttemptsPerMinute });
  await app.register(branchRoutes);
  await app.register(rosterRoutes);
  await app.register(meetingRoutes);
  await app.register(feedRoutes);
  await app.register(workingGroupFeatureRoutes);
  await app.register(meetingRecordRoutes);
  await app.register(guestRequestRoutes, { guestRequestsPerHour: config.guestRequestsPerHour ?? 10 });
  return app;
}
