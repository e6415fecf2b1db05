import type { FastifyInstance } from "fastify";
import type { ModuleOptions } from "../moduleOptions.ts";
import { passwordRoutes } from "./passwordRoutes.ts";
import { privacyRoutes } from "./privacyRoutes.ts";
import { authRoutes } from "./routes.ts";

/** accounts: login, sessions, the caller's own account. */
export async function accountsModule(app: FastifyInstance, options: ModuleOptions) {
  await app.register(authRoutes, { cookieSecure: options.cookieSecure, loginAttemptsPerMinute: options.loginAttemptsPerMinute, failedLoginsPerIp: options.failedLoginsPerIp });
  await app.register(passwordRoutes, { publicUrl: options.publicUrl, loginAttemptsPerMinute: options.loginAttemptsPerMinute });
  await app.register(privacyRoutes);
}

// For the auth plugin, which checks every request's token against the account.
export { loadAccount } from "./currentUser.ts";
export { issuedUnderCurrentPassword, type AccessTokenPayload } from "./accessTokens.ts";
// For accepting an invitation (people): a new account starts its session the way a login does.
export { issueRefreshToken } from "./refreshTokens.ts";
export { sessionAnswer } from "./session.ts";
