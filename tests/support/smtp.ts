import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

// A REAL SMTP peer for tests that check mail: an smtp-server on a free loopback port, which collects what
// arrives; mailparser reads it back.

/** An SMTP server on 127.0.0.1 that keeps every mail it accepts, parsed. It can be stopped and started again on the same port. */
export class TestSmtp {
  readonly received: ParsedMail[] = [];
  readonly logins: string[] = [];
  port = 0;
  private server: SMTPServer | null = null;

  /** With `login`, the server accepts mail only after AUTH with exactly that user and password. */
  constructor(private readonly login?: { user: string; pass: string }) {}

  async start(): Promise<void> {
    const login = this.login;
    const server = new SMTPServer({
      authOptional: !login,
      // Loopback only: AUTH without TLS is fine here.
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) => {
        if (login && auth.username === login.user && auth.password === login.pass) {
          this.logins.push(auth.username ?? "");
          callback(null, { user: auth.username });
        } else callback(new Error("Invalid username or password"));
      },
      // Plain SMTP on loopback: no STARTTLS offer (it would need a certificate nodemailer trusts).
      disabledCommands: ["STARTTLS"],
      logger: false,
      // stop() is an outage: the app's pooled connections are cut at once rather than after smtp-server's 30 s.
      closeTimeout: 200,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      const listener = server.listen(this.port, "127.0.0.1", () => resolve());
      listener.once("error", reject);
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }
}
