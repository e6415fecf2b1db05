import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { ApiError } from "../../../lib/api.ts";
import { useChangeEmail } from "../api/changeEmail.ts";

/** "E-mailadres wijzigen": the new address gets a link; until it is opened, the current address stays. */
export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const change = useChangeEmail();
  const [newEmail, setNewEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sentTo, setSentTo] = useState("");

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = newEmail.trim();
    change.mutate(
      { newEmail: address, currentPassword: password },
      {
        onSuccess: () => {
          setSentTo(address);
          setNewEmail("");
          setPassword("");
        },
      },
    );
  }

  let errorText = "";
  if (change.error instanceof ApiError && change.error.code === "VALIDATION_FAILED") errorText = t("account.email.errors.invalid");
  else if (change.error) errorText = describe(change.error);

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("account.email.heading")}</h2>
      <p>{t("account.email.intro", { email: currentEmail })}</p>
      <div role="status">
        {change.isSuccess && sentTo && (
          <p className="notice account-success" data-testid="email-change-sent">
            {t("account.email.sent", { email: sentTo })}
          </p>
        )}
      </div>
      <form className="form card" data-testid="change-email-form" onSubmit={handleSubmit} aria-busy={change.isPending}>
        <div className="field account-field">
          <label htmlFor={`${id}-new`}>{t("account.email.new")}</label>
          <input
            id={`${id}-new`}
            type="email"
            autoComplete="email"
            maxLength={LIMITS.common.email.maxLength}
            required
            value={newEmail}
            onChange={(event) => {
              setNewEmail(event.target.value);
              if (change.isError) change.reset();
            }}
          />
        </div>
        <div className="field account-field">
          <label htmlFor={`${id}-password`}>{t("account.email.password")}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            maxLength={LIMITS.auth.password.maxLength}
            required
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              if (change.isError) change.reset();
            }}
          />
        </div>
        <p className="form__error" role="alert">
          {errorText}
        </p>
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? t("account.email.submitting") : t("account.email.submit")}
        </button>
      </form>
    </section>
  );
}
