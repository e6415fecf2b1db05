import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { PlainLayout } from "../../../components/PlainLayout.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { ApiError } from "../../../lib/api.ts";
import { usePublicMeetings } from "../api/guestRequests.ts";
import { AttendForm } from "../components/AttendForm.tsx";
import { useFormat } from "../lib/useFormat.ts";
import "../meetings.css";

/** Public: the branch's upcoming board meetings (no internal details) and the form to ask to attend one. */
export function AttendPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { slug = "" } = useParams();
  const meetings = usePublicMeetings(slug);
  usePageTitle(t("meetings.attend.title"));

  let content = <Loading />;
  if (meetings.isError) {
    const unknown = meetings.error instanceof ApiError && meetings.error.status === 404;
    content = <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} message={unknown ? t("meetings.attend.noBranch") : undefined} />;
  } else if (meetings.data) {
    const { branch, meetings: list } = meetings.data;
    content = (
      <>
        <h1>{t("meetings.attend.heading", { branch: branch.name })}</h1>
        <p className="lead">{t("meetings.attend.intro")}</p>
        <h2>{t("meetings.attend.upcoming")}</h2>
        {list.length === 0 ? (
          <EmptyState>{t("meetings.attend.none")}</EmptyState>
        ) : (
          <>
            <ul className="mtg-public-list" data-testid="public-meetings">
              {list.map((meeting) => (
                <li key={`${meeting.seriesId}-${meeting.date}`}>
                  <strong>{format.longDate(meeting.date)}</strong>, {t("meetings.header.time", { start: format.time(meeting.start), end: format.time(meeting.end) })}
                  {" · "}
                  {meeting.title}
                </li>
              ))}
            </ul>
            <AttendForm slug={slug} meetings={list} />
          </>
        )}
      </>
    );
  }
  return (
    <PlainLayout>
      <div className="mtg-page">{content}</div>
    </PlainLayout>
  );
}
