import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { ApiError } from "../../../lib/api.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useSeries } from "../api/getSeries.ts";
import { BoardOnly } from "../components/BoardOnly.tsx";
import { SeriesEditor } from "../components/SeriesEditor.tsx";
import "../calendar.css";

export function SeriesEditPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const { seriesId = "" } = useParams();
  const query = useSeries(branch.slug, seriesId);
  usePageTitle(t("calendar.series.editTitle"));

  let content;
  if (query.isPending) content = <Loading />;
  else if (query.isError) {
    const gone = query.error instanceof ApiError && query.error.status === 404;
    content = <ErrorState error={query.error} onRetry={() => void query.refetch()} message={gone ? t("calendar.series.notFound") : undefined} />;
  } else {
    const { series } = query.data;
    // A new version (after "reload" on a conflict) starts the form afresh from the saved series.
    content = <SeriesEditor key={`${series.id}:${series.version}`} series={series} onReload={() => void query.refetch()} />;
  }

  return (
    <>
      <p className="back-link">
        <Link to={`/a/${branch.slug}/agenda`}>← {t("calendar.series.back")}</Link>
      </p>
      <h1>{t("calendar.series.editTitle")}</h1>
      <BoardOnly>{content}</BoardOnly>
    </>
  );
}
