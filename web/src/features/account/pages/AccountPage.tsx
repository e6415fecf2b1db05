import { useId, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { AppShell } from "../../../components/AppShell.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { ApiError } from "../../../lib/api.ts";
import { PasswordStrength, useCurrentUser, usePasswordCheck } from "../../auth/index.ts";
import { useChangePassword } from "../api/changePassword.ts";
import { ChangeEmailForm } from "../components/ChangeEmailForm.tsx";
import { ContactSharing } from "../components/ContactSharing.tsx";
import { DownloadOwnData } from "../components/DownloadOwnData.tsx";
import "../account.css";

type Field = "current" | "new" | "repeat";
type FieldErrors = Partial<Record<Field, string>>;

/** Server answers about one field; the form shows them next to that field instead of below the form. */
const FIELD_ERROR_CODES = new Set(["CURRENT_PASSWORD_INCORRECT", "PASSWORD_UNCHANGED"]);
/** The password policy's refusals (server/src/lib/passwordPolicy.ts): shown at the new password, with the live feedback. */
const POLICY_CODES = new Set(["PASSWORD_TOO_SHORT", "PASSWORD_TOO_LONG", "PASSWORD_BLANK", "PASSWORD_PERSONAL", "PASSWORD_TOO_WEAK"]);

// Code points, as the server's schema counts them (Ajv), so "🔑" is one character on both sides.
const characters = (text: string) => [...text].length;

/** "Mijn account": who you are logged in as, and changing your password. */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t("account.title"));

  return (
    <AppShell>
      <div className="account-page">
        <p>
          <Link to="/">{t("account.backHome")}</Link>
        </p>
        <h1>{t("account.title")}</h1>
        <section aria-labelledby="account-details-heading">
          <h2 id="account-details-heading">{t("account.details.heading")}</h2>
          <dl className="account-details">
            <dt>{t("account.details.name")}</dt>
            <dd>{user.name}</dd>
            <dt>{t("account.details.email")}</dt>
            <dd>{user.email}</dd>
          </dl>
        </section>
        <ChangePasswordForm email={user.email} name={user.name} />
        <ChangeEmailForm currentEmail={user.email} />
        <ContactSharing branches={user.branches} />
        <DownloadOwnData />
      </div>
    </AppShell>
  );
}

function ChangePasswordForm({ email, name }: { email: string; name: string }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const change = useChangePassword();
  const [values, setValues] = useState<Record<Field, string>>({ current: "", new: "", repeat: "" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [showPasswords, setShowPasswords] = useState(false);
  const inputs = { current: useRef<HTMLInputElement>(null), new: useRef<HTMLInputElement>(null), repeat: useRef<HTMLInputElement>(null) };
  const strength = usePasswordCheck(values.new, { name, email });

  function check(): FieldErrors {
    const errors: FieldErrors = {};
    if (values.current === "") errors.current = t("account.password.errors.currentRequired");
    const length = characters(values.new);
    if (length < LIMITS.auth.newPassword.minLength) errors.new = t("account.password.errors.tooShort", { min: LIMITS.auth.newPassword.minLength });
    else if (length > LIMITS.auth.newPassword.maxLength) errors.new = t("account.password.errors.tooLong", { max: LIMITS.auth.newPassword.maxLength });
    else if (values.new === values.current) errors.new = t("account.password.errors.unchanged");
    if (!errors.new && values.repeat !== values.new) errors.repeat = t("account.password.errors.repeatMismatch");
    return errors;
  }

  function showErrors(errors: FieldErrors) {
    setFieldErrors(errors);
    const first = (["current", "new", "repeat"] as const).find((field) => errors[field]);
    if (first) inputs[first].current?.focus();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = check();
    showErrors(errors);
    if (Object.keys(errors).length > 0) return;
    change.mutate(
      { currentPassword: values.current, newPassword: values.new },
      {
        onSuccess: () => setValues({ current: "", new: "", repeat: "" }),
        onError: (error) => {
          // The server's verdict on a field goes next to that field, like the checks above.
          if (!(error instanceof ApiError)) return;
          if (error.code === "CURRENT_PASSWORD_INCORRECT") showErrors({ current: t("account.password.errors.currentIncorrect") });
          else if (error.code === "PASSWORD_UNCHANGED") showErrors({ new: t("account.password.errors.unchanged") });
          else if (POLICY_CODES.has(error.code)) showErrors({ new: describe(error) });
        },
      },
    );
  }

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    // A corrected field loses its complaint at once; the others keep theirs until the next try.
    if (fieldErrors[field]) setFieldErrors((previous) => ({ ...previous, [field]: undefined }));
    if (change.isSuccess || change.isError) change.reset();
  }

  let formError = "";
  if (change.error instanceof ApiError && (FIELD_ERROR_CODES.has(change.error.code) || POLICY_CODES.has(change.error.code))) formError = ""; // shown at the field
  else if (change.error instanceof ApiError && change.error.status === 409) formError = t("account.password.errors.changedElsewhere");
  else if (change.error instanceof ApiError && change.error.code === "VALIDATION_FAILED") formError = t("account.password.errors.invalid");
  else if (change.error) formError = describe(change.error);

  const strengthId = `${id}-strength`;
  const field = (name: Field, label: string, autoComplete: string, hint?: string) => {
    const hintId = `${id}-${name}-hint`;
    const errorId = `${id}-${name}-error`;
    const error = fieldErrors[name];
    return (
      <div className="field account-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {hint && (
          <p id={hintId} className="account-field__hint">
            {hint}
          </p>
        )}
        <input
          ref={inputs[name]}
          id={`${id}-${name}`}
          name={`${name}Password`}
          type={showPasswords ? "text" : "password"}
          autoComplete={autoComplete}
          // Spell checkers would send a visible password to a dictionary service.
          spellCheck={false}
          autoCapitalize="off"
          maxLength={name === "current" ? LIMITS.auth.password.maxLength : LIMITS.auth.newPassword.maxLength}
          value={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hint ? hintId : "", error ? errorId : "", name === "new" ? strengthId : ""].filter(Boolean).join(" ") || undefined}
          onChange={(event) => update(name, event.target.value)}
        />
        {error && (
          <p id={errorId} className="account-field__error" data-testid={`password-error-${name}`}>
            {error}
          </p>
        )}
        {name === "new" && <PasswordStrength id={strengthId} verdict={strength.current} empty={values.new === ""} />}
      </div>
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("account.password.heading")}</h2>
      <p>{t("account.password.intro")}</p>
      {/* Always rendered, so screen readers announce the message when it appears. */}
      <div role="status">{change.isSuccess && <p className="notice account-success" data-testid="password-changed">{t("account.password.success")}</p>}</div>
      {/* noValidate: our own Dutch messages next to the fields instead of the browser's bubbles. */}
      <form className="form card" data-testid="change-password-form" noValidate onSubmit={handleSubmit} aria-busy={change.isPending}>
        {/* Tells password managers which account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        {field("current", t("account.password.current"), "current-password")}
        {field("new", t("account.password.new"), "new-password", t("account.password.newHint", { min: LIMITS.auth.newPassword.minLength }))}
        {field("repeat", t("account.password.repeat"), "new-password")}
        <div className="account-show">
          <input id={`${id}-show`} type="checkbox" checked={showPasswords} onChange={(event) => setShowPasswords(event.target.checked)} />
          <label htmlFor={`${id}-show`}>{t("account.password.show")}</label>
        </div>
        <p className="form__error" role="alert">
          {formError}
        </p>
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? t("account.password.submitting") : t("account.password.submit")}
        </button>
      </form>
    </section>
  );
}
