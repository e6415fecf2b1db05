import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/src/config.ts";
import { access } from "../../server/src/lib/access.ts";
import { useTestApp } from "../support/app.ts";

const ctx = useTestApp();

describe("GET /api/health", () => {
  it("reports that the database answers", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: "up" });
  });
});

describe("OpenAPI docs", () => {
  it("serves the docs UI at /api/docs and documents every API route", async () => {
    const ui = await ctx.app.inject({ method: "GET", url: "/api/docs/" });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers["content-type"]).toMatch(/text\/html/);
    const spec = (await ctx.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    expect(spec.openapi).toMatch(/^3\./);
    const documented = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const apiRoutes = ctx.app.apiRoutes.filter((route) => !route.url.startsWith("/api/docs")).map((route) => `${route.method} ${route.url}`);
    expect(apiRoutes.length).toBeGreaterThanOrEqual(8);
    expect(documented).toEqual(expect.arrayContaining(apiRoutes));
  });
});

describe("access rules", () => {
  it("gives every API route an access rule", () => {
    for (const route of ctx.app.apiRoutes) expect(route.access, `${route.method} ${route.url}`).toBeDefined();
  });

  it("refuses to register an API route that does not say who may call it", async () => {
    const { buildApp } = await import("../../server/src/app.ts");
    const app = await buildApp({ config: { jwtSecret: "x".repeat(40), cookieSecure: false, logLevel: "silent", webDistDir: "/nonexistent", loginAttemptsPerMinute: 5 }, db: ctx.db, ownsDatabase: false });
    expect(() => app.get("/api/unguarded", async () => ({ secret: true }))).toThrow(/declares no access rule/);
    app.get("/api/guarded", { config: { access: access.user } }, async () => ({ ok: true }));
    await app.ready();
    expect((await app.inject({ method: "GET", url: "/api/guarded" })).statusCode).toBe(401);
    await app.close();
  });
});

describe("errors", () => {
  it("answers an unknown API route with a JSON 404", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/does-not-exist" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "ROUTE_NOT_FOUND", message: expect.stringContaining("/api/does-not-exist") } });
  });

  it("answers a body over 1 MB with 413", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "a@b.example", password: "x".repeat(1024 * 1024 + 10) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("BODY_TOO_LARGE");
  });
});

describe("loadConfig", () => {
  it("uses sensible defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, cookieSecure: false, nodeEnv: "development" });
    expect(config.embeddedPostgres.dataDir).toMatch(/\.data\/postgres$/);
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ JWT_SECRET: "short" })).toThrow(/JWT_SECRET/);
  });

  it("requires a JWT secret in production and uses secure cookies there", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET: required in production/);
    const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "s".repeat(40), DATABASE_URL: "postgresql://u:p@db:5432/app" });
    expect(config).toMatchObject({ cookieSecure: true, databaseUrl: "postgresql://u:p@db:5432/app" });
  });
});
