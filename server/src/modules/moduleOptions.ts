import type { AppConfig } from "../config.ts";

/** What app.ts hands every module's plugin: the few settings a module's routes need. */
export type ModuleOptions = Pick<AppConfig, "cookieSecure" | "loginAttemptsPerMinute" | "failedLoginsPerIp" | "guestRequestsPerHour"> & {
  /** Where people reach the app (PUBLIC_URL, no trailing slash): links in mails and letters start with it. */
  publicUrl: string;
};
