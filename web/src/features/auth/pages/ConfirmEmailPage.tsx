import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PlainLayout } from "../../../components/PlainLayout.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useConfirmEmailChange } from "../api/confirmEmailChange.ts";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * /email-bevestigen?token=…: confirms a new email address. With a button rather than on opening, so a mail
 * scanner that opens every link cannot confirm it for you.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const confirm = useConfirmEmailChange();
  usePageTitle(t("passwords.emailConfirm.title"));

  return (
    <PlainLayout>
      <h1>{t("passwords.emailConfirm.title")}</h1>
      {!TOKEN_PATTERN.test(token) ? (
        <p className="notice">{t("passwords.emailConfirm.incompleteLink")}</p>
      ) : (
        <>
          <div role="status">
            {confirm.isSuccess && (
              <p className="notice" data-testid="email-confirmed">
                {t("passwords.emailConfirm.done", { email: confirm.data.email })}
              </p>
            )}
          </div>
          {!confirm.isSuccess && (
            <>
              <p>{t("passwords.emailConfirm.intro")}</p>
              <p className="form__error" role="alert">
                {confirm.error ? describe(confirm.error) : ""}
              </p>
              <button type="button" className="button" disabled={confirm.isPending} onClick={() => confirm.mutate({ token })}>
                {confirm.isPending ? t("passwords.emailConfirm.submitting") : t("passwords.emailConfirm.submit")}
              </button>
            </>
          )}
        </>
      )}
      <p>
        <Link to="/login">{t("passwords.backToLogin")}</Link>
      </p>
    </PlainLayout>
  );
}
