import { useId, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useRangeLoad } from "../api/getLoad.ts";
import { LoadTable } from "../components/LoadTable.tsx";
import { OverloadList } from "../components/OverloadList.tsx";
import { WeekTurnNote } from "../components/WeekTurnNote.tsx";
import { addDays, isDay, startOfIsoWeek, todayIn } from "../lib/dates.ts";
import "../calendar.css";

const DEFAULT_WEEKS = 8;

/** Meetings per member per week (?van=…&tot=…), with the weeks that hold more than one marked. */
export function LoadPage() {
  const { t } = useTranslation();
  const id = useId();
  const branch = useCurrentBranch();
  const [search, setSearch] = useSearchParams();
  const monday = startOfIsoWeek(todayIn(branch.timeZone));
  const fromParam = search.get("van");
  const toParam = search.get("tot");
  const from = isDay(fromParam) ? fromParam : monday;
  const to = isDay(toParam) ? toParam : addDays(monday, DEFAULT_WEEKS * 7 - 1);
  const [fields, setFields] = useState({ from, to });
  const query = useRangeLoad(branch.slug, from, to);
  usePageTitle(t("calendar.load.title"));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch({ van: fields.from, tot: fields.to });
  }

  let content;
  if (query.isPending) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.people.length === 0) content = <EmptyState>{t("calendar.load.empty")}</EmptyState>;
  else {
    content = (
      <>
        <LoadTable load={query.data} />
        <OverloadList overloaded={query.data.overloaded} />
      </>
    );
  }

  return (
    <div className="agenda">
      <p className="back-link">
        <Link to={`/a/${branch.slug}/agenda`}>← {t("calendar.series.back")}</Link>
      </p>
      <h1>{t("calendar.load.title")}</h1>
      <p className="lead">{t("calendar.load.intro")}</p>
      <form className="agenda-filters" onSubmit={handleSubmit} aria-label={t("calendar.load.period")}>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t("calendar.load.from")}</label>
          <input id={`${id}-from`} type="date" required value={fields.from} onChange={(event) => setFields({ ...fields, from: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t("calendar.load.to")}</label>
          <input id={`${id}-to`} type="date" required value={fields.to} onChange={(event) => setFields({ ...fields, to: event.target.value })} />
        </div>
        <button type="submit" className="button">
          {t("calendar.load.show")}
        </button>
      </form>
      <WeekTurnNote from={from} to={to} />
      <div className={query.isPlaceholderData ? "agenda-content is-stale" : "agenda-content"} aria-busy={query.isFetching}>
        {content}
      </div>
    </div>
  );
}
