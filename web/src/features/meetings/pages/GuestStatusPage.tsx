import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { PlainLayout } from "../../../components/PlainLayout.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { ApiError } from "../../../lib/api.ts";
import { useGuestStatus } from "../api/guestRequests.ts";
import { useFormat } from "../lib/useFormat.ts";
import "../meetings.css";

/** Public: the status of one request to attend, through its private link. */
export function GuestStatusPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { token = "" } = useParams();
  const status = useGuestStatus(token);
  usePageTitle(t("meetings.guestStatus.title"));

  let content = <Loading />;
  if (status.isError) {
    const unknown = status.error instanceof ApiError && (status.error.status === 404 || status.error.status === 400);
    content = <ErrorState error={status.error} onRetry={() => void status.refetch()} message={unknown ? t("meetings.guestStatus.unknown") : undefined} />;
  } else if (status.data) {
    content = (
      <div className={`notice mtg-guest-status mtg-guest-status--${status.data.status}`} data-testid="guest-status" data-status={status.data.status}>
        <p>{t("meetings.guestStatus.meeting", { title: status.data.title, date: format.longDate(status.data.date) })}</p>
        <p>
          <strong>{t(`meetings.guestStatus.${status.data.status}`)}</strong>
        </p>
      </div>
    );
  }
  return (
    <PlainLayout>
      <div className="mtg-page">
        <h1>{t("meetings.guestStatus.title")}</h1>
        {content}
      </div>
    </PlainLayout>
  );
}
