import fp from "fastify-plugin";
import type { FastifyInstance } from "fastify";
import { PgBoss } from "pg-boss";

/*
 * Scheduled jobs with pg-boss (https://pgboss.io) on the app's own PostgreSQL, in its own schema ("pgboss").
 * Modules register what runs when (app.jobs.every); the plugin starts pg-boss when the app is ready and stops
 * it, waiting for running jobs, when the app closes. Without a database URL for it (tests, unless one asks;
 * JOBS=off) nothing starts and registrations are only kept.
 *
 * Each schedule is a cron in pg-boss: every instance runs the cron monitor, but pg-boss sends one job per
 * slot (its schedule has one row, and sending uses a singleton key per slot), and the queue's "singleton"
 * policy lets at most one such job be active at a time across instances. What a job does must still be
 * safe to repeat (a retry, a slow tick overlapping the next): the notification tick's mails carry a
 * dedupeKey for that.
 */

export interface Jobs {
  /** True when pg-boss runs in this app. */
  enabled: boolean;
  /** Runs `handler` on `cron` (UTC), on one instance at a time. Register while the app is being built. */
  every(name: string, cron: string, handler: () => Promise<unknown>): void;
}

declare module "fastify" {
  interface FastifyInstance {
    jobs: Jobs;
  }
}

export interface JobsPluginOptions {
  /** The PostgreSQL URL to run pg-boss on (the app's database); unset: no jobs run. */
  databaseUrl?: string | undefined;
}

interface Registration {
  name: string;
  cron: string;
  handler: () => Promise<unknown>;
}

export const jobsPlugin = fp(
  async (app: FastifyInstance, options: JobsPluginOptions) => {
    const registrations: Registration[] = [];
    const databaseUrl = options.databaseUrl;
    app.decorate("jobs", {
      enabled: Boolean(databaseUrl),
      every: (name, cron, handler) => {
        registrations.push({ name, cron, handler });
      },
    } satisfies Jobs);
    if (!databaseUrl) return;

    const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 4 });
    boss.on("error", (error: unknown) => app.log.error({ err: error }, "Job queue (pg-boss) error"));
    let started = false;
    app.addHook("onReady", async () => {
      try {
        await boss.start();
        started = true;
        for (const job of registrations) {
          await boss.createQueue(job.name, { policy: "singleton", retryLimit: 2, expireInSeconds: 10 * 60 });
          await boss.schedule(job.name, job.cron, null, { tz: "UTC" });
          await boss.work(job.name, async () => {
            await job.handler();
          });
        }
      } catch (error) {
        // The app still serves without its scheduler; reminders wait until the next start.
        app.log.error({ err: error }, "The job queue (pg-boss) could not start; scheduled mail is not sent by this instance");
      }
    });
    app.addHook("onClose", async () => {
      if (started) await boss.stop({ graceful: true, timeout: 10_000 });
    });
  },
  { name: "jobs" },
);
