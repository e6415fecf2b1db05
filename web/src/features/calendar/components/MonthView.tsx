import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { OccurrenceView } from "@afdelingsplanner/shared/schemas";
import { withParams } from "../lib/calendarParams.ts";
import { addDays, eachDay, weekOf, wallClock, type Day } from "../lib/dates.ts";
import { byDay, occurrenceKey, weekStarts } from "../lib/grouping.ts";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";
import { KindMarker } from "./KindBadge.tsx";
import type { AgendaViewProps } from "./ListView.tsx";
import { WeekLabel } from "./WeekLabel.tsx";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** A month as a table: a row per ISO week with its number and parity as the row header. */
export function MonthView({ occurrences, from, to, month, today }: AgendaViewProps & { month: string; today: Day }) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const [search] = useSearchParams();
  const days = byDay(occurrences, from, to);

  return (
    <div className="table-scroll" role="region" aria-labelledby="month-caption" tabIndex={0}>
      <table className="month-grid">
        <caption id="month-caption" className="visually-hidden">
          {format.month(`${month}-01`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("calendar.month.week")}</th>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday} scope="col">
                <abbr title={format.weekday(weekday)}>{format.weekdayShort(weekday)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weekStarts(from, to).map((monday) => {
            const week = weekOf(monday);
            return (
              <tr key={monday} className={`month-grid__week month-grid__week--${week.parity}`}>
                <th scope="row">
                  <WeekLabel week={week.isoWeek} parity={week.parity} />
                </th>
                {eachDay(monday, addDays(monday, 6)).map((day) => {
                  const inMonth = day.startsWith(month);
                  const classes = ["month-grid__day", inMonth ? "" : "is-outside", day === today ? "is-today" : ""].filter(Boolean).join(" ");
                  return (
                    <td key={day} className={classes} aria-current={day === today ? "date" : undefined}>
                      <Link className="month-grid__date" to={{ search: `?${withParams(search, { view: "week", date: day })}` }} aria-label={format.longDay(day)}>
                        {Number(day.slice(8))}
                      </Link>
                      <MonthDayItems items={days.get(day) ?? []} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function MonthDayItems({ items }: { items: OccurrenceView[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="month-grid__items">
      {items.map((occurrence) => {
        const text = `${wallClock(occurrence.start).time} ${occurrence.title}`;
        return (
          <li key={occurrenceKey(occurrence)} className={`month-item kind--${occurrence.kind} occ--${occurrence.status}`} data-testid="occurrence" data-status={occurrence.status}>
            <KindMarker kind={occurrence.kind} />
            {occurrence.status === "cancelled" ? <s>{text}</s> : text}
            {occurrence.status !== "scheduled" && <span className="month-item__status"> ({t(`calendar.occurrence.${occurrence.status}`)})</span>}
          </li>
        );
      })}
    </ul>
  );
}
