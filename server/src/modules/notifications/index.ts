import type { FastifyInstance } from "fastify";
import type { ModuleOptions } from "../moduleOptions.ts";
import { notificationsRoutes } from "./routes.ts";
import { preferenceRoutes } from "./preferenceRoutes.ts";
import { setOutboxPublicUrl, startOutboxWorker } from "./worker.ts";

export { enqueueMail, enqueueMails, type MailLocale, type OutgoingMail } from "./outbox.ts";
export { layoutMail, type MailContent } from "./templates.ts";
export { drainOutbox } from "./worker.ts";

/** Outgoing mail: the outbox page, preferences and unsubscribe links, and the worker that sends the outbox (only when SMTP_URL is set). */
export async function notificationsModule(app: FastifyInstance, options: ModuleOptions) {
  setOutboxPublicUrl(app, options.publicUrl);
  startOutboxWorker(app);
  await app.register(notificationsRoutes);
  await app.register(preferenceRoutes);
}
