import type { AppConfig } from "../config.ts";

/** What app.ts hands every module's plugin: the few settings a module's routes need. */
export type ModuleOptions = Pick<AppConfig, "cookieSecure" | "loginAttemptsPerMinute" | "guestRequestsPerHour">;
