import type { FormEvent } from "react";
import { Link, Navigate, useLocation, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PlainLayout } from "../../components/PlainLayout.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useDescribeError } from "../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { ApiError } from "../../lib/api.ts";
import { useLogin } from "./api/login.ts";
import { useSession } from "./useAuth.ts";

/** Only same-site paths, so a crafted ?next=https://evil.example can't bounce users off-site after login. */
function safeNext(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next.startsWith("/login") ? "/" : next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const session = useSession();
  const [params] = useSearchParams();
  const login = useLogin();
  const location = useLocation();
  usePageTitle(t("auth.title"));

  if (session.status === "authenticated") return <Navigate to={safeNext(params.get("next"))} replace />;
  if (session.status === "loading") {
    return (
      <PlainLayout>
        <Loading />
      </PlainLayout>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    login.mutate({ email: String(form.get("email") ?? "").trim(), password: String(form.get("password") ?? "") });
  }

  // The text for the server's code (INVALID_CREDENTIALS: "E-mailadres of wachtwoord klopt niet…"); a
  // malformed form gets this page's own hint.
  let errorText = "";
  if (login.error instanceof ApiError && login.error.code === "VALIDATION_FAILED") errorText = t("auth.invalidInput");
  else if (login.error) errorText = describe(login.error);

  // After a password reset (ResetPasswordPage passes it along in the navigation state).
  const resetDone = (location.state as { notice?: string } | null)?.notice === "passwordReset";
  const notice = resetDone
    ? t("passwords.resetDone")
    : session.reason === "expired"
      ? t("auth.sessionExpired")
      : session.reason === "signed-out"
        ? t("auth.signedOut")
        : "";

  return (
    <PlainLayout>
      <h1>{t("auth.title")}</h1>
      <p>{t("auth.intro")}</p>
      {notice && !login.isError && <p className="notice">{notice}</p>}
      <form className="form card" data-testid="login-form" onSubmit={handleSubmit} aria-busy={login.isPending}>
        <div className="field">
          <label htmlFor="login-email">{t("auth.email")}</label>
          <input id="login-email" name="email" type="email" autoComplete="username" required autoFocus />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t("auth.password")}</label>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {/* Always rendered, so assistive tech announces the message when it appears. */}
        <p className="form__error" role="alert">
          {errorText}
        </p>
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t("auth.submitting") : t("auth.submit")}
        </button>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">{t("passwords.forgotLink")}</Link>
      </p>
    </PlainLayout>
  );
}
