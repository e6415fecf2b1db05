import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type ManagedWorkingGroup } from "@afdelingsplanner/shared/schemas";
import { useAskToJoin, useWithdrawJoinRequest } from "../api/joinRequests.ts";
import { useErrorText } from "../lib/useErrorText.ts";

/** "Aanmelden": a member who is not in the group asks to join, with an optional message, and sees the request waiting. */
export function JoinPanel({ slug, group }: { slug: string; group: ManagedWorkingGroup }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const ask = useAskToJoin(slug, group.id);
  const withdraw = useWithdrawJoinRequest(slug, group.id);
  const [open, setOpen] = useState(false);
  const error = ask.error ?? withdraw.error;
  const pendingId = group.you.pendingRequestId;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = String(new FormData(event.currentTarget).get("message") ?? "").trim();
    ask.mutate(message ? { message } : {}, { onSuccess: () => setOpen(false) });
  }

  let content;
  if (pendingId) {
    content = (
      <>
        <p data-testid="join-pending">{t("workingGroups.manage.join.pending")}</p>
        <button type="button" className="button button--secondary" disabled={withdraw.isPending} onClick={() => withdraw.mutate(pendingId, { onSuccess: () => ask.reset() })}>
          {t("workingGroups.manage.join.withdraw")}
        </button>
      </>
    );
  } else if (open) {
    content = (
      <form className="form" onSubmit={handleSubmit} aria-busy={ask.isPending}>
        <div className="field">
          <label htmlFor={`${id}-message`}>{t("workingGroups.manage.join.message")}</label>
          <textarea id={`${id}-message`} name="message" className="wg-input" rows={3} autoFocus maxLength={LIMITS.workingGroups.joinRequestMessage.maxLength} />
        </div>
        <div className="wg-manage__buttons">
          <button type="submit" className="button" disabled={ask.isPending}>
            {t("workingGroups.manage.join.send")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
            {t("workingGroups.cancel")}
          </button>
        </div>
      </form>
    );
  } else {
    content = (
      <>
        <p>{t("workingGroups.manage.join.intro", { name: group.name })}</p>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t("workingGroups.manage.join.button")}
        </button>
      </>
    );
  }

  return (
    <section className="card wg-manage" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("workingGroups.manage.join.heading")}</h2>
      <div role="status">{withdraw.isSuccess && !pendingId && <p className="notice">{t("workingGroups.manage.join.withdrawn")}</p>}</div>
      {content}
      <p className="form__error" role="alert">
        {error ? errorText(error) : ""}
      </p>
    </section>
  );
}
