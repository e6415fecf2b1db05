import type { FormEvent } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PlainLayout } from "../../../components/PlainLayout.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { ApiError } from "../../../lib/api.ts";
import { useRequestPasswordReset } from "../api/passwordReset.ts";

/** /wachtwoord-vergeten: ask for a link to set a new password. The answer never says whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const request = useRequestPasswordReset();
  usePageTitle(t("passwords.forgot.title"));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    request.mutate({ email: String(form.get("email") ?? "").trim() });
  }

  let errorText = "";
  if (request.error instanceof ApiError && request.error.code === "VALIDATION_FAILED") errorText = t("passwords.forgot.invalidEmail");
  else if (request.error) errorText = describe(request.error);

  return (
    <PlainLayout>
      <h1>{t("passwords.forgot.title")}</h1>
      <div role="status">
        {request.isSuccess && (
          <p className="notice" data-testid="reset-requested">
            {t("passwords.forgot.sent")}
          </p>
        )}
      </div>
      {!request.isSuccess && (
        <>
          <p>{t("passwords.forgot.intro")}</p>
          <form className="form card" onSubmit={handleSubmit} aria-busy={request.isPending}>
            <div className="field">
              <label htmlFor="forgot-email">{t("auth.email")}</label>
              <input id="forgot-email" name="email" type="email" autoComplete="username" required autoFocus />
            </div>
            <p className="form__error" role="alert">
              {errorText}
            </p>
            <button type="submit" className="button" disabled={request.isPending}>
              {request.isPending ? t("passwords.forgot.submitting") : t("passwords.forgot.submit")}
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t("passwords.backToLogin")}</Link>
      </p>
    </PlainLayout>
  );
}
