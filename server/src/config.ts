import { Type, type Static } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const EnvSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal("development"), Type.Literal("production"), Type.Literal("test")], { default: "development" }),
  HOST: Type.String({ default: "127.0.0.1" }),
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3000 }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: "^postgres(ql)?://" })),
  EMBEDDED_PG_DIR: Type.String({ default: path.join(REPO_ROOT, ".data", "postgres") }),
  EMBEDDED_PG_PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 54329 }),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  SEED_DEMO: Type.Optional(Type.Union([Type.Literal("0"), Type.Literal("1")])),
  COOKIE_SECURE: Type.Optional(Type.Union([Type.Literal("0"), Type.Literal("1")])),
  LOG_LEVEL: Type.Union(
    ["fatal", "error", "warn", "info", "debug", "trace", "silent"].map((level) => Type.Literal(level)),
    { default: "info" },
  ),
  LOGIN_ATTEMPTS_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 10_000, default: 5 }),
  FAILED_LOGINS_PER_IP: Type.Integer({ minimum: 1, maximum: 100_000, default: 30 }),
  GUEST_REQUESTS_PER_HOUR: Type.Integer({ minimum: 1, maximum: 10_000, default: 10 }),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 10_000_000, default: 600 }),
  REDIS_URL: Type.Optional(Type.String({ pattern: "^rediss?://" })),
  TRUST_PROXY: Type.Optional(Type.String({ minLength: 1 })),
  WEB_DIST_DIR: Type.String({ default: path.join(REPO_ROOT, "web", "dist") }),
  READ_CACHE_SECONDS: Type.Integer({ minimum: 0, maximum: 3600, default: 10 }),
  READ_CACHE_HEADER: Type.Optional(Type.Union([Type.Literal("0"), Type.Literal("1")])),
  SMTP_URL: Type.Optional(Type.String({ pattern: "^smtps?://" })),
  MAIL_FROM: Type.String({ minLength: 3, default: "Afdelingsplanner <no-reply@afdelingsplanner.invalid>" }),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: "^https?://[^\\s/]+(/.*)?$" })),
  JOBS: Type.Union([Type.Literal("on"), Type.Literal("off")], { default: "on" }),
});
type Env = Static<typeof EnvSchema>;

export interface AppConfig {
  nodeEnv: Env["NODE_ENV"];
  host: string;
  port: number;
  /** Unset means: run the embedded PostgreSQL. */
  databaseUrl: string | undefined;
  embeddedPostgres: { dataDir: string; port: number };
  jwtSecret: string;
  /** undefined: decide by "is the embedded database new". */
  seedDemo: boolean | undefined;
  cookieSecure: boolean;
  logLevel: string;
  webDistDir: string;
  /** Login attempts allowed per minute for one IP address and email address together. */
  loginAttemptsPerMinute: number;
  /** Failed logins allowed per 10 minutes from one IP address, over all accounts (against password spraying). */
  failedLoginsPerIp: number;
  /** Anonymous requests to attend a board meeting allowed per hour from one IP address. */
  guestRequestsPerHour: number;
  /** Requests per minute from one IP address on every route without a limit of its own. */
  rateLimitPerMinute: number;
  /** Shared rate-limit counters for several instances; unset keeps them in this process's memory. */
  redisUrl: string | undefined;
  /** Which proxies to believe for the client's address, protocol and host (Fastify's trustProxy). */
  trustProxy: boolean | string;
  /** How long read results may be reused when no write came in between (lib/readCache.ts); 0 turns caching off. */
  readCacheSeconds: number;
  /** READ_CACHE_HEADER=1: answers say x-read-cache: hit or miss, for the benchmark's hit rate. Off by default. */
  readCacheHeader?: boolean;
  /** smtp:// or smtps:// with credentials; unset turns mail off (the outbox page then holds the links). */
  smtpUrl: string | undefined;
  /** The From of every mail, e.g. "BIJ1 Den Haag <secretariaat@example.org>". */
  mailFrom: string;
  /** Where people reach the app: every link in a mail starts with it (no trailing slash). */
  publicUrl: string;
  /** Run the scheduled jobs (pg-boss: reminders, digests, roster mails) in this process; JOBS=off turns them off. */
  jobs: boolean;
}

export class ConfigError extends Error {}

/** Validates the environment once at start; a wrong value stops the app with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== "") raw[key] = value;
  }
  const converted = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw));
  const problems = [...Value.Errors(EnvSchema, converted)].map(
    (error) => `${error.path.slice(1) || "environment"}: ${error.message} (got ${JSON.stringify(error.value)})`,
  );
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
  }
  const parsed = converted as Env;
  const isProduction = parsed.NODE_ENV === "production";

  if (isProduction && !parsed.JWT_SECRET) {
    throw new ConfigError("Invalid configuration:\n  - JWT_SECRET: required in production; set it to a random string of at least 32 characters (e.g. `openssl rand -base64 48`).");
  }
  return {
    nodeEnv: parsed.NODE_ENV,
    host: parsed.HOST,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL,
    embeddedPostgres: { dataDir: path.resolve(parsed.EMBEDDED_PG_DIR), port: parsed.EMBEDDED_PG_PORT },
    // Outside production a per-process secret is fine: access tokens live 15 minutes and the
    // refresh cookie (stored in the database) restores the session after a restart.
    jwtSecret: parsed.JWT_SECRET ?? randomSecret(),
    seedDemo: parsed.SEED_DEMO === undefined ? undefined : parsed.SEED_DEMO === "1",
    cookieSecure: parsed.COOKIE_SECURE === undefined ? isProduction : parsed.COOKIE_SECURE === "1",
    logLevel: parsed.LOG_LEVEL,
    webDistDir: path.resolve(parsed.WEB_DIST_DIR),
    loginAttemptsPerMinute: parsed.LOGIN_ATTEMPTS_PER_MINUTE,
    failedLoginsPerIp: parsed.FAILED_LOGINS_PER_IP,
    guestRequestsPerHour: parsed.GUEST_REQUESTS_PER_HOUR,
    rateLimitPerMinute: parsed.RATE_LIMIT_PER_MINUTE,
    redisUrl: parsed.REDIS_URL,
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY),
    readCacheSeconds: parsed.READ_CACHE_SECONDS,
    readCacheHeader: parsed.READ_CACHE_HEADER === "1",
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
    jobs: parsed.JOBS === "on",
    publicUrl: (parsed.PUBLIC_URL ?? `http://${parsed.HOST === "0.0.0.0" ? "localhost" : parsed.HOST}:${parsed.PORT}`).replace(/\/+$/, ""),
  };
}

/**
 * TRUST_PROXY: unset or "false" trusts nobody (the socket's address is the client); "true" trusts every
 * proxy (only when nothing can reach the app directly); anything else is a comma-separated list of proxy
 * addresses or CIDR ranges, e.g. "127.0.0.1,10.0.0.0/8". Hop counts are refused: Fastify 5 treats a
 * number as "trust no one" (lib/request.js getTrustProxyFn), which would silently ignore the setting.
 */
export function parseTrustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value === "false" || value === "0") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) {
    throw new ConfigError(`Invalid configuration:\n  - TRUST_PROXY: name the proxies' addresses (e.g. "127.0.0.1" or "10.0.0.0/8") or "true"; a hop count (${value}) is not supported.`);
  }
  return value;
}

function randomSecret(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(48))).toString("base64url");
}
