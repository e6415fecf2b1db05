import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { GuestRequestView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { ApiError } from "../../../lib/api.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useDecideGuestRequest, useGuestRequests } from "../api/guestRequests.ts";
import { RequestCard } from "../components/RequestCard.tsx";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";
import "../meetings.css";

interface Decision {
  request: GuestRequestView;
  approve: boolean;
}

/** The secretary's queue of requests to attend a board meeting: answer pending ones, see those answered. */
export function RequestQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const branch = useCurrentBranch();
  const isSecretary = branch.roles.includes("secretary");
  const requests = useGuestRequests(branch.slug);
  const decide = useDecideGuestRequest(branch.slug);
  const [asking, setAsking] = useState<Decision | null>(null);
  usePageTitle(t("meetings.queue.title"));

  let content = <Loading />;
  if (requests.isError) {
    const forbidden = requests.error instanceof ApiError && requests.error.status === 403;
    content = <ErrorState error={requests.error} onRetry={() => void requests.refetch()} message={forbidden ? t("meetings.queue.secretaryOnly") : undefined} />;
  } else if (requests.data) {
    const pending = requests.data.filter((request) => request.status === "pending");
    const decided = requests.data.filter((request) => request.status !== "pending");
    content = (
      <>
        <section className="mtg-section" aria-labelledby="queue-pending">
          <h2 id="queue-pending">{t("meetings.queue.pending", { count: pending.length })}</h2>
          {pending.length === 0 ? (
            <EmptyState>{t("meetings.queue.nonePending")}</EmptyState>
          ) : (
            <ul className="mtg-requests">
              {pending.map((request) => (
                <RequestCard key={request.id} request={request}>
                  <button type="button" className="button mtg-small" onClick={() => setAsking({ request, approve: true })}>
                    {t("meetings.queue.approve")}
                    <span className="visually-hidden">: {request.name}</span>
                  </button>
                  <button type="button" className="button button--secondary mtg-small" onClick={() => setAsking({ request, approve: false })}>
                    {t("meetings.queue.decline")}
                    <span className="visually-hidden">: {request.name}</span>
                  </button>
                </RequestCard>
              ))}
            </ul>
          )}
          {decide.isError && (
            <p className="form__error" role="alert">
              {errorText(decide.error)}
            </p>
          )}
        </section>
        <section className="mtg-section" aria-labelledby="queue-decided">
          <h2 id="queue-decided">{t("meetings.queue.decided")}</h2>
          {decided.length === 0 ? (
            <EmptyState>{t("meetings.queue.noneDecided")}</EmptyState>
          ) : (
            <ul className="mtg-requests">
              {decided.map((request) => (
                <RequestCard key={request.id} request={request} />
              ))}
            </ul>
          )}
        </section>
      </>
    );
  }

  return (
    <div className="mtg-page">
      <h1>{t("meetings.queue.title")}</h1>
      <p className="lead">{t("meetings.queue.intro")}</p>
      <p>
        {t("meetings.queue.publicPage")} <Link to={`/bezoek/${branch.slug}`}>{`${window.location.origin}/bezoek/${branch.slug}`}</Link>
      </p>
      {!isSecretary && <p className="notice">{t("meetings.queue.secretaryOnly")}</p>}
      {isSecretary && content}
      <ConfirmDialog
        open={asking !== null}
        title={asking?.approve ? t("meetings.queue.approveTitle") : t("meetings.queue.declineTitle")}
        confirmLabel={asking?.approve ? t("meetings.queue.approveConfirm") : t("meetings.queue.declineConfirm")}
        cancelLabel={t("meetings.cancel")}
        tone={asking?.approve ? "normal" : "danger"}
        busy={decide.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && decide.mutate(asking, { onSettled: () => setAsking(null) })}
      >
        <p>
          {asking &&
            t(asking.approve ? "meetings.queue.approveBody" : "meetings.queue.declineBody", { name: asking.request.name, date: format.longDate(asking.request.date) })}
        </p>
      </ConfirmDialog>
    </div>
  );
}
