import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../lib/lazyPage.tsx";

/** Public, next to /login: a forgotten password and confirming a new email address (links from mails). */
export const publicAuthRoutes: RouteObject[] = [
  { path: "wachtwoord-vergeten", element: lazyPage(async () => (await import("./pages/ForgotPasswordPage.tsx")).ForgotPasswordPage) },
  { path: "wachtwoord-herstellen", element: lazyPage(async () => (await import("./pages/ResetPasswordPage.tsx")).ResetPasswordPage) },
  { path: "email-bevestigen", element: lazyPage(async () => (await import("./pages/ConfirmEmailPage.tsx")).ConfirmEmailPage) },
];
