import fp from "fastify-plugin";
import type { FastifyInstance } from "fastify";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";

/** One mail as the outbox worker hands it over: already written, in the recipient's language. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An iTIP invitation or cancellation (RFC 5546): sent as a text/calendar alternative with its method, and as an .ics attachment. */
  calendar?: { method: "REQUEST" | "CANCEL"; body: string } | undefined;
  /** RFC 8058 one-click unsubscribe link: List-Unsubscribe and List-Unsubscribe-Post headers. */
  unsubscribeUrl?: string | undefined;
}

export interface Mailer {
  /** False without SMTP_URL: nothing is sent and mail stays in the outbox (the outbox page shows the links). */
  enabled: boolean;
  /** MAIL_FROM, which every mail is sent from; also the ORGANIZER address of calendar invitations (calendar/itip.ts). */
  from: string;
  /** Sends one mail now. Only the outbox worker calls this; everything else uses enqueueMail. */
  send(message: MailMessage): Promise<void>;
  /** How often the outbox worker looks for due mail; 0: only when drainOutbox is called (tests). */
  workerIntervalMs: number;
}

declare module "fastify" {
  interface FastifyInstance {
    mail: Mailer;
  }
}

export interface MailPluginOptions {
  /** smtp:// or smtps://user:pass@host:port; unset turns mail off. */
  smtpUrl?: string | undefined;
  mailFrom: string;
  /** Tests: a nodemailer transport or the SMTP URL of the test's own smtp-server; wins over smtpUrl. */
  transport?: Transporter | string | undefined;
  /** Default 2 s; 0 leaves the sending to drainOutbox (tests that must know when a pass runs). */
  workerIntervalMs?: number | undefined;
}

const DEFAULT_WORKER_INTERVAL_MS = 2_000;

// An unreachable or hanging SMTP server must not hold the worker for minutes: the mail is retried later.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

/**
 * Pooled: the worker sends mail after mail over the same few connections instead of a new connection (and
 * EHLO, and AUTH) per mail. Measured against a loopback smtp-server: 128 ms a mail without, 11 ms with, so an
 * import's 2,000 invitations leave in about 20 s instead of four minutes.
 */
function transportFrom(target: Transporter | string): Transporter {
  return typeof target === "string" ? nodemailer.createTransport({ url: target, pool: true, ...TIMEOUTS }) : target;
}

/**
 * The nodemailer options for one message. A calendar part goes in twice, as Gmail and Outlook expect to
 * show their accept buttons: as the text/calendar alternative whose content type names the method
 * (nodemailer's icalEvent), and as an .ics attachment for clients that only offer attachments.
 */
export function mailOptionsOf(message: MailMessage): SendMailOptions {
  const calendar = message.calendar;
  return {
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    ...(calendar
      ? {
          icalEvent: { method: calendar.method, content: calendar.body },
          attachments: [{ filename: calendar.method === "CANCEL" ? "cancel.ics" : "invite.ics", content: calendar.body, contentType: `application/ics; method=${calendar.method}` }],
        }
      : {}),
    ...(message.unsubscribeUrl
      ? { headers: { "List-Unsubscribe": `<${message.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
      : {}),
  };
}

export const mailPlugin = fp(
  async (app: FastifyInstance, options: MailPluginOptions) => {
    const target = options.transport ?? options.smtpUrl;
    if (!target) {
      app.decorate("mail", {
        enabled: false,
        from: options.mailFrom,
        workerIntervalMs: 0,
        send: async () => {
          throw new Error("Mail is off: this server has no SMTP_URL.");
        },
      } satisfies Mailer);
      return;
    }
    const transport = transportFrom(target);
    app.decorate("mail", {
      enabled: true,
      from: options.mailFrom,
      workerIntervalMs: options.workerIntervalMs ?? DEFAULT_WORKER_INTERVAL_MS,
      send: async (message) => {
        await transport.sendMail({ from: options.mailFrom, ...mailOptionsOf(message) });
      },
    } satisfies Mailer);
    // A transport handed in by a test belongs to the test; one made here is closed with the app.
    if (typeof target === "string") app.addHook("onClose", async () => transport.close());
  },
  { name: "mail" },
);
