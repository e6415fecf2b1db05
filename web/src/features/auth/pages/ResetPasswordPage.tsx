import { useId, useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { PlainLayout } from "../../../components/PlainLayout.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { ApiError } from "../../../lib/api.ts";
import { usePasswordCheck } from "../api/passwordCheck.ts";
import { useConfirmPasswordReset } from "../api/passwordReset.ts";
import { PasswordStrength } from "../components/PasswordStrength.tsx";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const LINK_CODES = new Set(["RESET_LINK_INVALID", "RESET_LINK_USED", "RESET_LINK_EXPIRED"]);

/** /wachtwoord-herstellen?token=…: set a new password with the link from the mail, then log in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [show, setShow] = useState(false);
  const [repeatError, setRepeatError] = useState("");
  const check = usePasswordCheck(password);
  usePageTitle(t("passwords.reset.title"));

  if (!TOKEN_PATTERN.test(token)) {
    return (
      <PlainLayout>
        <h1>{t("passwords.reset.title")}</h1>
        <p className="notice">{t("passwords.reset.incompleteLink")}</p>
        <p>
          <Link to="/wachtwoord-vergeten">{t("passwords.reset.requestNew")}</Link>
        </p>
      </PlainLayout>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (repeat !== password) {
      setRepeatError(t("passwords.reset.repeatMismatch"));
      return;
    }
    setRepeatError("");
    confirm.mutate({ token, password }, { onSuccess: () => navigate("/login", { replace: true, state: { notice: "passwordReset" } }) });
  }

  const linkProblem = confirm.error instanceof ApiError && LINK_CODES.has(confirm.error.code);
  const errorText = confirm.error ? describe(confirm.error) : "";
  const strengthId = `${id}-strength`;

  return (
    <PlainLayout>
      <h1>{t("passwords.reset.title")}</h1>
      <p>{t("passwords.reset.intro", { min: LIMITS.auth.newPassword.minLength })}</p>
      <form className="form card" noValidate onSubmit={handleSubmit} aria-busy={confirm.isPending}>
        <div className="field">
          <label htmlFor={`${id}-new`}>{t("passwords.reset.new")}</label>
          <input
            id={`${id}-new`}
            type={show ? "text" : "password"}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            maxLength={LIMITS.auth.newPassword.maxLength}
            value={password}
            aria-describedby={strengthId}
            onChange={(event) => {
              setPassword(event.target.value);
              if (confirm.isError) confirm.reset();
            }}
            required
            autoFocus
          />
          <PasswordStrength id={strengthId} verdict={check.current} empty={password === ""} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>{t("passwords.reset.repeat")}</label>
          <input
            id={`${id}-repeat`}
            type={show ? "text" : "password"}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            maxLength={LIMITS.auth.newPassword.maxLength}
            value={repeat}
            aria-invalid={repeatError ? true : undefined}
            aria-describedby={repeatError ? `${id}-repeat-error` : undefined}
            onChange={(event) => {
              setRepeat(event.target.value);
              setRepeatError("");
            }}
            required
          />
          {repeatError && (
            <p id={`${id}-repeat-error`} className="form__error">
              {repeatError}
            </p>
          )}
        </div>
        <div className="password-show">
          <input id={`${id}-show`} type="checkbox" checked={show} onChange={(event) => setShow(event.target.checked)} />
          <label htmlFor={`${id}-show`}>{t("passwords.show")}</label>
        </div>
        <p className="form__error" role="alert">
          {errorText}
        </p>
        {linkProblem && (
          <p>
            <Link to="/wachtwoord-vergeten">{t("passwords.reset.requestNew")}</Link>
          </p>
        )}
        <button type="submit" className="button" disabled={confirm.isPending}>
          {confirm.isPending ? t("passwords.reset.submitting") : t("passwords.reset.submit")}
        </button>
      </form>
    </PlainLayout>
  );
}
