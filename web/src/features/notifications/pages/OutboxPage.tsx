import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useOutbox } from "../api/outbox.ts";
import { OutboxTable } from "../components/OutboxTable.tsx";
import "../notifications.css";

/** Uitgaande mail: what the app sent (or will send) for this branch, for the secretary. Read-only. */
export function OutboxPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const outbox = useOutbox(branch.slug);
  usePageTitle(t("notifications.title"));

  return (
    <div className="outbox-page">
      <h1>{t("notifications.title")}</h1>
      <p className="lead">{t("notifications.intro")}</p>
      {outbox.isPending && <Loading />}
      {outbox.isError && <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data && (
        <>
          {!outbox.data.mailEnabled && (
            <p className="notice notice--warning outbox-off" role="status" data-testid="mail-off">
              {t("notifications.mailOff")}
            </p>
          )}
          {outbox.data.mails.length === 0 ? (
            <EmptyState title={t("notifications.emptyTitle")}>{t("notifications.empty")}</EmptyState>
          ) : (
            <OutboxTable mails={outbox.data.mails} timeZone={branch.timeZone} />
          )}
        </>
      )}
    </div>
  );
}
