import fp from "fastify-plugin";
import fastifyStatic from "@fastify/static";
import { existsSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";

declare module "fastify" {
  interface FastifyInstance {
    /** True when the built SPA is served; unknown page URLs then get index.html (client-side routes). */
    servesWebApp: boolean;
  }
}

/** Serves the built SPA from the same origin and port as the API. */
export const webAppPlugin = fp(
  async (app: FastifyInstance, options: { distDir: string }) => {
    const available = existsSync(path.join(options.distDir, "index.html"));
    app.decorate("servesWebApp", available);
    if (!available) {
      app.log.warn(`No built web app in ${options.distDir}; run \`npm run build\` to serve the UI.`);
      return;
    }
    await app.register(fastifyStatic, {
      root: options.distDir,
      wildcard: false,
      setHeaders: (reply, filePath) => {
        // Vite fingerprints everything under assets/, so those never change; index.html must.
        reply.header("cache-control", filePath.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  },
  { name: "web-app" },
);
