import { useTranslation } from "react-i18next";
import type { RangeLoadResponse } from "@afdelingsplanner/shared/schemas";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";
import { parseWeekKey } from "../lib/weekKey.ts";

/** Members × weeks, as a real table: a row header per person, a column header per ISO week. */
export function LoadTable({ load }: { load: RangeLoadResponse }) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const overloaded = new Map(load.overloaded.map((entry) => [`${entry.personId}:${entry.week}`, entry.meetings]));

  return (
    <div className="table-scroll" role="region" aria-labelledby="load-caption" tabIndex={0}>
      <table className="load-table" data-testid="load-table">
        <caption id="load-caption">{t("calendar.load.caption", { range: format.range(load.from, load.to) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("calendar.load.person")}</th>
            {load.weeks.map((key) => {
              const week = parseWeekKey(key);
              const label = week ? t("week.label", { week: week.isoWeek, parity: t(`week.parity.${week.parity}`) }) : key;
              return (
                <th key={key} scope="col" className={week ? `load-table__week week-label--${week.parity}` : undefined}>
                  <span className="visually-hidden">{label}</span>
                  <span aria-hidden="true" title={label}>
                    {week ? t("calendar.load.weekShort", { week: week.isoWeek }) : key}
                    <span className="load-table__parity">{week && t(`week.parity.${week.parity}`)}</span>
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {load.people.map((person) => (
            <tr key={person.personId}>
              <th scope="row">{person.name}</th>
              {load.weeks.map((week, index) => {
                const count = person.perWeek[index] ?? 0;
                const meetings = overloaded.get(`${person.personId}:${week}`);
                const over = count > 1;
                return (
                  <td key={week} className={over ? "load-cell load-cell--over" : count === 0 ? "load-cell load-cell--none" : "load-cell"} title={meetings?.map((meeting) => meeting.title).join(", ")} data-over={over || undefined}>
                    {over && <span aria-hidden="true">! </span>}
                    {count}
                    {over && <span className="visually-hidden"> {t("calendar.load.over")}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
