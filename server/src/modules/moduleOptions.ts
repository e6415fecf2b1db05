import type { AppConfig } from "../config.ts";
import type { enqueueMails, layoutMail } from "./notifications/index.ts";

/** What app.ts hands every module's plugin: the few settings a module's routes need. */
export type ModuleOptions = Pick<AppConfig, "cookieSecure" | "loginAttemptsPerMinute" | "failedLoginsPerIp" | "guestRequestsPerHour"> & {
  /** Where people reach the app (PUBLIC_URL, no trailing slash): links in mails and letters start with it. */
  publicUrl: string;
  /**
   * The outbox, handed in rather than imported by the modules the notifications module itself reads (calendar:
   * its invitations), which would otherwise import each other.
   */
  outbox: { enqueueMails: typeof enqueueMails; layoutMail: typeof layoutMail };
};
