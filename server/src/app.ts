import Fastify, { type FastifyInstance } from "fastify";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import { Redis } from "ioredis";
import { AppError } from "./lib/errors.ts";
import type { AppConfig } from "./config.ts";
import type { Database } from "./db/client.ts";
import { validatorCompiler } from "./lib/validation.ts";
import { DEFAULT_BODY_LIMIT, capJsonKeys } from "./lib/requestLimits.ts";
import { REDACTED, REDACT_PATHS, serializeRequest } from "./lib/logRedaction.ts";
import { systemClock, type Clock } from "./lib/clock.ts";
import { authPlugin } from "./plugins/auth.ts";
import { errorHandlerPlugin, frameworkErrors } from "./plugins/errorHandler.ts";
import { jobsPlugin } from "./plugins/jobs.ts";
import { mailPlugin } from "./plugins/mail.ts";
import { prismaPlugin } from "./plugins/prisma.ts";
import { readCachePlugin } from "./plugins/readCache.ts";
import { swaggerPlugin } from "./plugins/swagger.ts";
import { webAppPlugin } from "./plugins/webApp.ts";
import { accountsModule } from "./modules/accounts/index.ts";
import { adminModule } from "./modules/admin/index.ts";
import { auditLogModule } from "./modules/auditLog/index.ts";
import { boardModule } from "./modules/board/index.ts";
import { branchesModule } from "./modules/branches/index.ts";
import { calendarModule } from "./modules/calendar/index.ts";
import { healthModule } from "./modules/health/index.ts";
import { meetingsModule } from "./modules/meetings/index.ts";
import { enqueueMails, layoutMail, notificationsModule } from "./modules/notifications/index.ts";
import { peopleModule } from "./modules/people/index.ts";
import { trainingModule } from "./modules/training/index.ts";
import { workingGroupsModule } from "./modules/workingGroups/index.ts";
import type { ModuleOptions } from "./modules/moduleOptions.ts";
import type { Transporter } from "nodemailer";

const DEFAULT_MAIL_FROM = "Afdelingsplanner <no-reply@afdelingsplanner.invalid>";

/** Every area of the app, one plugin each (server/src/modules/<area>/index.ts). */
const MODULES: ((app: FastifyInstance, options: ModuleOptions) => Promise<void>)[] = [
  healthModule,
  accountsModule,
  branchesModule,
  boardModule,
  calendarModule,
  workingGroupsModule,
  trainingModule,
  meetingsModule,
  auditLogModule,
  notificationsModule,
  peopleModule,
  adminModule,
];

export interface BuildAppOptions {
  config: Pick<AppConfig, "jwtSecret" | "cookieSecure" | "logLevel" | "webDistDir" | "loginAttemptsPerMinute"> &
    // Optional so tests and tools need not spell out every limit; loadConfig always sets them.
    Partial<Pick<AppConfig, "failedLoginsPerIp" | "guestRequestsPerHour" | "rateLimitPerMinute" | "redisUrl" | "trustProxy" | "readCacheSeconds" | "readCacheHeader" | "smtpUrl" | "mailFrom" | "publicUrl">>;
  db: Database;
  /** The app owns the client and disconnects it on close (false in tests that share it). */
  ownsDatabase?: boolean;
  /** Where "now" comes from: the system clock, or a pinned one in tests. */
  clock?: Clock;
  /** Tests: a nodemailer transport or the SMTP URL of the test's own smtp-server (turns mail on, wins over smtpUrl). */
  mailTransport?: Transporter | string;
  /** How often the outbox worker runs (default 2 s); 0: only through drainOutbox (tests). */
  mailWorkerIntervalMs?: number;
  /** Tests: where log lines go instead of standard output. */
  logStream?: { write(line: string): unknown };
  /** Run the scheduled jobs (pg-boss) on this PostgreSQL URL (the app's database); unset: none run (tests, JOBS=off). */
  jobsDatabaseUrl?: string;
}

/** Builds the whole app without listening, so tests can drive it with app.inject. */
export async function buildApp({ config, db, ownsDatabase = true, clock = systemClock, mailTransport, mailWorkerIntervalMs, logStream, jobsDatabaseUrl }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // No secret in any log line (issue 16 F): token path segments and query parameters masked in the URL,
    // credentials in headers and logged objects redacted.
    logger: {
      level: config.logLevel,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { req: serializeRequest },
      ...(logStream ? { stream: logStream } : {}),
    },
    // Small by default (issue 16 A); the few routes that need more (agenda items, CSV imports) set their own.
    bodyLimit: DEFAULT_BODY_LIMIT,
    // The router's own 400/414 (bad %-escapes, over-long path segments) in our error shape.
    frameworkErrors,
    // Behind a proxy, request.ip/protocol/host come from X-Forwarded-* only for the proxies named here;
    // rate limits key on request.ip and feed URLs use protocol and host.
    trustProxy: config.trustProxy ?? false,
  });
  app.setValidatorCompiler(validatorCompiler);
  // Every write endpoint takes JSON; other bodies get a clear 415 instead of a confusing 400.
  app.removeContentTypeParser("text/plain");
  // JSON objects with more keys than any form has are refused while parsing, before validation sees them.
  capJsonKeys(app);

  // A CSP that fits the SPA: everything from our own origin, no inline scripts, no framing.
  // CORS stays off: no @fastify/cors, so browsers refuse other origins' scripted requests.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Only behind TLS: on plain http (local use) it would send the browser to an https port that isn't there.
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    hsts: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
  });

  // Every route gets the global per-IP limit unless it sets its own (login, guest requests).
  // With REDIS_URL the counters are shared by all instances; otherwise each process counts alone.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { connectTimeout: 2_000, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined;
  if (redis) {
    redis.on("error", (error) => app.log.warn({ err: error }, "Rate-limit store (Redis) unreachable; limits are not enforced until it is back"));
    app.addHook("onClose", async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.rateLimitPerMinute ?? 600,
    timeWindow: 60_000,
    redis,
    nameSpace: "afdelingsplanner-rl-",
    // An unreachable Redis must not take the app down with it: serve the request, log the problem.
    skipOnError: true,
    // ttl is what is left of the window (context.after is the whole window), the same figure as Retry-After.
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new AppError(429, "RATE_LIMITED", `Too many requests. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`);
    },
  });
  await app.register(prismaPlugin, { db, disconnectOnClose: ownsDatabase });
  // Off unless configured (loadConfig defaults to 10 s): tests that write to the database directly expect fresh reads.
  await app.register(readCachePlugin, { db, ttlSeconds: config.readCacheSeconds ?? 0, outcomeHeader: config.readCacheHeader ?? false });
  // Auth first: its onRoute hook then sees the docs routes too, so they are in app.apiRoutes (public) and in
  // the authorization matrix like every other /api route. Swagger still comes before every route module.
  await app.register(authPlugin, { jwtSecret: config.jwtSecret, clock });
  await app.register(swaggerPlugin);
  await app.register(webAppPlugin, { distDir: config.webDistDir });
  await app.register(errorHandlerPlugin);
  await app.register(mailPlugin, { smtpUrl: config.smtpUrl, mailFrom: config.mailFrom ?? DEFAULT_MAIL_FROM, transport: mailTransport, workerIntervalMs: mailWorkerIntervalMs });
  await app.register(jobsPlugin, { databaseUrl: jobsDatabaseUrl });

  const moduleOptions: ModuleOptions = {
    cookieSecure: config.cookieSecure,
    loginAttemptsPerMinute: config.loginAttemptsPerMinute,
    failedLoginsPerIp: config.failedLoginsPerIp ?? 30,
    guestRequestsPerHour: config.guestRequestsPerHour ?? 10,
    publicUrl: config.publicUrl ?? "http://localhost:3000",
    outbox: { enqueueMails, layoutMail },
  };
  for (const module of MODULES) await app.register(module, moduleOptions);
  return app;
}
