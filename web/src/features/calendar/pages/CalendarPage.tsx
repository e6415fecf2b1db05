import { useMemo } from "react";
import { Link, useLocation, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useWorkingGroups } from "../../branches/index.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useOccurrences } from "../api/getOccurrences.ts";
import { CalendarFilters } from "../components/CalendarFilters.tsx";
import { CalendarToolbar } from "../components/CalendarToolbar.tsx";
import { KindLegend } from "../components/KindLegend.tsx";
import { ListView } from "../components/ListView.tsx";
import { MonthView } from "../components/MonthView.tsx";
import { SubscribePanel } from "../components/SubscribePanel.tsx";
import { WeekTurnNote } from "../components/WeekTurnNote.tsx";
import { WeekView } from "../components/WeekView.tsx";
import { rangeOf, readCalendarParams } from "../lib/calendarParams.ts";
import { todayIn } from "../lib/dates.ts";
import { flashOf } from "../lib/flash.ts";
import { canPlan } from "../lib/permissions.ts";
import "../calendar.css";

export function CalendarPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const [search] = useSearchParams();
  const flash = flashOf(useLocation().state);
  const today = todayIn(branch.timeZone);
  const params = readCalendarParams(search, today);
  const range = rangeOf(params.view, params.date);
  const canEdit = canPlan(branch);
  usePageTitle(t("calendar.title"));

  const query = useOccurrences(branch.slug, { ...range, kind: params.kind, workingGroup: params.workingGroup, mine: params.mine });
  const groups = useWorkingGroups(branch.slug);
  const groupNames = useMemo(() => new Map((groups.data ?? []).map((group) => [group.id, group.name])), [groups.data]);

  let content;
  if (query.isPending) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.length === 0) content = <EmptyState title={t("calendar.empty")}>{t("calendar.emptyHint")}</EmptyState>;
  else {
    const viewProps = { occurrences: query.data, ...range, groupNames, canEdit };
    if (params.view === "week") content = <WeekView {...viewProps} today={today} />;
    else if (params.view === "maand") content = <MonthView {...viewProps} month={params.date.slice(0, 7)} today={today} />;
    else content = <ListView {...viewProps} />;
  }

  return (
    <div className="agenda">
      <div className="agenda-head">
        <h1>{t("calendar.title")}</h1>
        <div className="agenda-head__actions">
          {canEdit && (
            <Link className="button" to="nieuw" data-testid="new-series">
              {t("calendar.series.new")}
            </Link>
          )}
          <Link className="button button--secondary" to="belasting">
            {t("calendar.load.link")}
          </Link>
        </div>
      </div>
      <p className="lead">{t("calendar.intro")}</p>
      {flash && (
        <p className="notice notice--success" role="status" data-testid="agenda-flash">
          {t(`calendar.flash.${flash.kind}`, { title: flash.title })}
        </p>
      )}
      <SubscribePanel />
      <CalendarToolbar params={params} range={range} today={today} />
      <CalendarFilters params={params} slug={branch.slug} />
      <KindLegend />
      <WeekTurnNote from={range.from} to={range.to} />
      <div className={query.isPlaceholderData ? "agenda-content is-stale" : "agenda-content"} aria-busy={query.isFetching} data-testid="agenda-content">
        {content}
      </div>
    </div>
  );
}
