import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type AdminBranchView, type SecretaryInvitationResponse } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useInviteSecretary } from "../api/inviteSecretary.ts";

/** "Secretaris uitnodigen": the branch's first secretary, who then adds the members themselves. */
export function SecretaryInvitationForm({ branch, onClose }: { branch: AdminBranchView; onClose: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const invite = useInviteSecretary(branch.slug);
  const [result, setResult] = useState<SecretaryInvitationResponse | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    invite.mutate({ name: String(data.get("name") ?? "").trim(), email: String(data.get("email") ?? "").trim() }, { onSuccess: setResult });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card" data-testid="secretary-invitation">
      <h2 id={`${id}-heading`}>{t("admin.invite.heading", { branch: branch.name })}</h2>
      <div role="status">
        {result && (
          <p className="notice" data-testid="secretary-invited">
            {result.invitation.email
              ? t("admin.invite.sent", { name: result.person.name, email: result.invitation.email })
              : t("admin.invite.letter", { name: result.person.name })}
          </p>
        )}
      </div>
      {result?.letter && (
        <dl className="account-details">
          <dt>{t("admin.invite.url")}</dt>
          <dd>{result.letter.url}</dd>
          <dt>{t("admin.invite.code")}</dt>
          <dd data-testid="letter-code">{result.letter.code}</dd>
        </dl>
      )}
      {result ? (
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("admin.invite.done")}
        </button>
      ) : (
        <form className="form" onSubmit={handleSubmit} aria-busy={invite.isPending}>
          <p>{t("admin.invite.intro")}</p>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t("admin.invite.name")}</label>
            <input id={`${id}-name`} name="name" required maxLength={LIMITS.people.name.maxLength} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t("admin.invite.email")}</label>
            <input id={`${id}-email`} name="email" type="email" required maxLength={LIMITS.common.email.maxLength} autoComplete="off" />
          </div>
          <p className="form__error" role="alert">
            {invite.error ? describe(invite.error) : ""}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button button--secondary" onClick={onClose} disabled={invite.isPending}>
              {t("admin.invite.cancel")}
            </button>
            <button type="submit" className="button" disabled={invite.isPending}>
              {invite.isPending ? t("admin.invite.submitting") : t("admin.invite.submit")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
