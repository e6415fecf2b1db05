import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OUTBOX_STATUSES, type OutboxCounts, type OutboxStatus } from "@afdelingsplanner/shared/schemas";
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
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const outbox = useOutbox(branch.slug, status);
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
          <StateFilter counts={outbox.data.counts} current={status} onChange={setStatus} />
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

/**
 * The queue at a glance: how many mails wait, are being sent, were sent and failed (all of the branch's), each
 * a toggle that lists only those; the failed ones show their reason in the table.
 */
function StateFilter({ counts, current, onChange }: { counts: OutboxCounts; current: OutboxStatus | null; onChange: (status: OutboxStatus | null) => void }) {
  const { t } = useTranslation();
  return (
    <div className="outbox-counts" role="group" aria-label={t("notifications.counts.label")} data-testid="outbox-counts">
      <button type="button" className="button button--secondary" aria-pressed={current === null} onClick={() => onChange(null)}>
        {t("notifications.counts.all")}
      </button>
      {OUTBOX_STATUSES.map((status) => (
        <button key={status} type="button" className={`button button--secondary outbox-count outbox-count--${status}`} aria-pressed={current === status} onClick={() => onChange(current === status ? null : status)}>
          {t(`notifications.counts.${status}`, { count: counts[status] })}
        </button>
      ))}
    </div>
  );
}
