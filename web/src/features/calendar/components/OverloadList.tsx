import { useTranslation } from "react-i18next";
import type { RangeLoadResponse } from "@afdelingsplanner/shared/schemas";
import { wallClock } from "../lib/dates.ts";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";
import { parseWeekKey } from "../lib/weekKey.ts";

/** Who has more than one meeting in which week, and which meetings those are. */
export function OverloadList({ overloaded }: { overloaded: RangeLoadResponse["overloaded"] }) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  return (
    <section className="overload" aria-labelledby="overload-title">
      <h2 id="overload-title">{t("calendar.load.overloadedTitle")}</h2>
      {overloaded.length === 0 ? (
        <p>{t("calendar.load.noneOverloaded")}</p>
      ) : (
        <ul className="overload__list">
          {overloaded.map((entry) => {
            const week = parseWeekKey(entry.week);
            return (
              <li key={`${entry.personId}:${entry.week}`}>
                <strong>{entry.name}</strong>
                {" · "}
                {week ? t("week.label", { week: week.isoWeek, parity: t(`week.parity.${week.parity}`) }) : entry.week}
                <ul>
                  {entry.meetings.map((meeting) => {
                    const start = wallClock(meeting.start);
                    return (
                      <li key={`${meeting.seriesId}:${meeting.date}`}>
                        {format.day(start.day)} {start.time} · {meeting.title}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
