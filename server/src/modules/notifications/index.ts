import type { FastifyInstance } from "fastify";
import { notificationsRoutes } from "./routes.ts";
import { startOutboxWorker } from "./worker.ts";

export { enqueueMail, enqueueMails, type MailLocale, type OutgoingMail } from "./outbox.ts";
export { layoutMail, type MailContent } from "./templates.ts";
export { drainOutbox } from "./worker.ts";

/** Outgoing mail: the outbox page, and the worker that sends the outbox (only when SMTP_URL is set). */
export async function notificationsModule(app: FastifyInstance) {
  startOutboxWorker(app);
  await app.register(notificationsRoutes);
}
