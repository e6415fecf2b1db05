import type { FastifyInstance } from "fastify";
import type { ModuleOptions } from "../moduleOptions.ts";
import { notificationsRoutes } from "./routes.ts";
import { preferenceRoutes } from "./preferenceRoutes.ts";
import { runNotificationTick } from "./tick.ts";
import { setOutboxPublicUrl, startOutboxWorker } from "./worker.ts";

export { enqueueMail, enqueueMails, type MailLocale, type OutgoingMail } from "./outbox.ts";
export { layoutMail, type MailContent } from "./templates.ts";
export { drainOutbox } from "./worker.ts";
export { runNotificationTick } from "./tick.ts";

/** The scheduler's job: every minute, enqueue the reminders, digests and roster mails now due (tick.ts). */
export const NOTIFICATION_TICK_JOB = "notification-tick";

/**
 * Outgoing mail: the outbox page, preferences and unsubscribe links, the worker that sends the outbox (only
 * when SMTP_URL is set), and the scheduled tick (only when jobs run).
 */
export async function notificationsModule(app: FastifyInstance, options: ModuleOptions) {
  setOutboxPublicUrl(app, options.publicUrl);
  startOutboxWorker(app);
  app.jobs.every(NOTIFICATION_TICK_JOB, "* * * * *", () => runNotificationTick(app));
  await app.register(notificationsRoutes);
  await app.register(preferenceRoutes);
}
