import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { AGENDA_VIEWS, PARAM, shiftDate, withParams, type CalendarParams } from "../lib/calendarParams.ts";
import { addDays, startOfIsoWeek, weekOf, type Day } from "../lib/dates.ts";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";
import { WeekLabel } from "./WeekLabel.tsx";

interface CalendarToolbarProps {
  params: CalendarParams;
  range: { from: Day; to: Day };
  today: Day;
}

/** View switch (list, week, month, my week), paging through periods, and what period is in view. */
export function CalendarToolbar({ params, range, today }: CalendarToolbarProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const to = (changes: Parameters<typeof withParams>[1]) => ({ search: `?${withParams(search, changes)}` });
  const isMyWeek = params.mine && params.view === "week" && startOfIsoWeek(params.date) === startOfIsoWeek(today);
  const myWeek = { search: `?${new URLSearchParams({ [PARAM.view]: "week", [PARAM.mine]: "ja" })}` };

  return (
    <div className="agenda-toolbar">
      <nav aria-label={t("calendar.views.label")} className="view-switch">
        <ul>
          {AGENDA_VIEWS.map((view) => (
            <li key={view}>
              <Link to={to({ view })} aria-current={params.view === view && !isMyWeek ? "page" : undefined}>
                {t(`calendar.views.${view}`)}
              </Link>
            </li>
          ))}
          <li>
            <Link to={myWeek} aria-current={isMyWeek ? "page" : undefined} data-testid="my-week">
              {t("calendar.views.myWeek")}
            </Link>
          </li>
        </ul>
      </nav>
      <div className="period-nav" role="group" aria-label={t("calendar.period.label")}>
        <Link className="button button--small button--secondary" to={to({ date: shiftDate(params.view, params.date, -1) })}>
          <span aria-hidden="true">← </span>
          {t("calendar.period.previous")}
        </Link>
        <Link className="button button--small button--secondary" to={to({ date: null })}>
          {t("calendar.period.today")}
        </Link>
        <Link className="button button--small button--secondary" to={to({ date: shiftDate(params.view, params.date, 1) })}>
          {t("calendar.period.next")}
          <span aria-hidden="true"> →</span>
        </Link>
      </div>
      <PeriodLabel params={params} range={range} />
    </div>
  );
}

function PeriodLabel({ params, range }: Pick<CalendarToolbarProps, "params" | "range">) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  let label;
  if (params.view === "maand") label = format.month(params.date);
  else if (params.view === "week") {
    const week = weekOf(range.from);
    label = (
      <>
        <WeekLabel week={week.isoWeek} parity={week.parity} /> · {format.range(range.from, range.to)}
      </>
    );
  } else {
    const first = weekOf(range.from).isoWeek;
    const last = weekOf(addDays(range.to, -6)).isoWeek;
    label = `${t("calendar.period.weeks", { first, last })} · ${format.range(range.from, range.to)}`;
  }
  return (
    <p className="agenda-period" aria-live="polite" data-testid="agenda-period">
      {label}
    </p>
  );
}
