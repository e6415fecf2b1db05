import fp from "fastify-plugin";
import type { FastifyInstance } from "fastify";
import type { Database } from "../db/client.ts";

declare module "fastify" {
  interface FastifyInstance {
    db: Database;
  }
}

export const prismaPlugin = fp(
  async (app: FastifyInstance, options: { db: Database; disconnectOnClose: boolean }) => {
    app.decorate("db", options.db);
    if (options.disconnectOnClose) app.addHook("onClose", async () => options.db.$disconnect());
  },
  { name: "prisma" },
);
