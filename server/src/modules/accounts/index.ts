import type { FastifyInstance } from "fastify";
import type { ModuleOptions } from "../moduleOptions.ts";
import { authRoutes } from "./routes.ts";

/** accounts: login, sessions, the caller's own account. */
export async function accountsModule(app: FastifyInstance, options: ModuleOptions) {
  await app.register(authRoutes, { cookieSecure: options.cookieSecure, loginAttemptsPerMinute: options.loginAttemptsPerMinute });
}

// For the auth plugin, which checks every request's token against the account.
export { loadAccount } from "./currentUser.ts";
export { issuedUnderCurrentPassword, type AccessTokenPayload } from "./accessTokens.ts";
