import { Link, useParams, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { ApiError } from "../../../lib/api.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useAgenda } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { CloseMeeting } from "../components/CloseMeeting.tsx";
import { MeetingHeader } from "../components/MeetingHeader.tsx";
import { MinutesView } from "../components/MinutesView.tsx";
import { PrepView } from "../components/PrepView.tsx";
import { RunView } from "../components/RunView.tsx";
import { SendAgenda } from "../components/SendAgenda.tsx";
import { ViewSwitch, viewOf } from "../components/ViewSwitch.tsx";
import "../meetings.css";

/** One meeting (an occurrence of a series): prepare it, hold it, read its minutes, close it. */
export function MeetingPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const { seriesId = "", date = "" } = useParams();
  const [search] = useSearchParams();
  const view = viewOf(search.get("weergave"));
  const ref: MeetingRef = { slug: branch.slug, seriesId, date };
  const agenda = useAgenda(ref);
  usePageTitle(agenda.data ? `${agenda.data.meeting.title} ${date}` : t("meetings.title"));

  const back = (
    <p className="mtg-back mtg-no-print">
      <Link to={`/a/${branch.slug}/agenda?datum=${date}`}>{t("meetings.back")}</Link>
    </p>
  );
  if (agenda.isPending) return <Loading />;
  if (agenda.isError) {
    const unknown = agenda.error instanceof ApiError && (agenda.error.status === 404 || agenda.error.status === 400);
    return (
      <>
        {back}
        <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} message={unknown ? t("meetings.notFound") : undefined} />
      </>
    );
  }
  const data = agenda.data;
  const unhandled = data.items.filter((item) => item.status === "open" || item.status === "postponed").length + data.proposals.length;
  return (
    <div className="mtg-page" data-testid="meeting-page" data-closed={data.meeting.closedAt !== null}>
      {back}
      <MeetingHeader agenda={data} />
      {!data.meeting.closedAt && data.meeting.status !== "cancelled" && <SendAgenda meeting={ref} timeZone={branch.timeZone} />}
      <CloseMeeting meeting={ref} summary={data.meeting} unhandled={unhandled} canClose={data.permissions.editAgenda} />
      <ViewSwitch current={view} />
      {view === "voorbereiding" && <PrepView meeting={ref} agenda={data} />}
      {view === "vergadering" && <RunView meeting={ref} agenda={data} personId={branch.personId} />}
      {view === "notulen" && <MinutesView meeting={ref} agenda={data} />}
    </div>
  );
}
