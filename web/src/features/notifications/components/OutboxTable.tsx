import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { MAIL_KINDS, type MailKind, type OutboxMailView } from "@afdelingsplanner/shared/schemas";
import { CopyLinkButton } from "./CopyLinkButton.tsx";

const LOCALES = { nl: "nl-NL", en: "en-GB" } as const;
const isKnownKind = (kind: string): kind is MailKind => MAIL_KINDS.some((known) => known === kind);

function MailState({ mail }: { mail: OutboxMailView }) {
  const { t } = useTranslation();
  const label = t(`notifications.status.${mail.status}`);
  return (
    <>
      <span className={`outbox-status outbox-status--${mail.status}`}>{label}</span>
      {mail.lastError && mail.status !== "sent" && (
        <span className="outbox-reason">
          {mail.status === "failed" ? t("notifications.failedAfter", { count: mail.attempts }) : t("notifications.retrying", { count: mail.attempts })}{" "}
          {t("notifications.reason", { reason: mail.lastError })}
        </span>
      )}
    </>
  );
}

/** The branch's mails, newest first, with their state; a copy button for invitations waiting while mail is off. */
export function OutboxTable({ mails, timeZone }: { mails: OutboxMailView[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === "en" ? LOCALES.en : LOCALES.nl;
  const when = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }), [locale, timeZone]);
  const anyLink = mails.some((mail) => mail.actionUrl);
  return (
    <div className="outbox-scroll" role="region" aria-label={t("notifications.title")} tabIndex={0}>
      <table className="outbox-table" data-testid="outbox-table">
        <thead>
          <tr>
            <th scope="col">{t("notifications.to")}</th>
            <th scope="col">{t("notifications.kind")}</th>
            <th scope="col">{t("notifications.subject")}</th>
            <th scope="col">{t("notifications.state")}</th>
            <th scope="col">{t("notifications.createdAt")}</th>
            <th scope="col">{t("notifications.sentAt")}</th>
            {anyLink && <th scope="col">{t("notifications.link")}</th>}
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id} data-testid="outbox-row">
              <td>{mail.to}</td>
              <td>{isKnownKind(mail.kind) ? t(`notifications.kinds.${mail.kind}`) : mail.kind}</td>
              <td>{mail.subject}</td>
              <td>
                <MailState mail={mail} />
              </td>
              <td>
                <time dateTime={mail.createdAt}>{when.format(new Date(mail.createdAt))}</time>
              </td>
              <td>{mail.sentAt ? <time dateTime={mail.sentAt}>{when.format(new Date(mail.sentAt))}</time> : "—"}</td>
              {anyLink && <td>{mail.actionUrl && <CopyLinkButton url={mail.actionUrl} recipient={mail.to} />}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
