import { useTranslation } from "react-i18next";
import type { OccurrenceView } from "@afdelingsplanner/shared/schemas";
import { addDays, eachDay, weekOf, type Day } from "../lib/dates.ts";
import { byDay, occurrenceKey, weekStarts } from "../lib/grouping.ts";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";
import { OccurrenceCard } from "./OccurrenceCard.tsx";
import { WeekLabel } from "./WeekLabel.tsx";

export interface AgendaViewProps {
  occurrences: OccurrenceView[];
  from: Day;
  to: Day;
  groupNames: Map<string, string>;
  canEdit: boolean;
}

/** Week by week, every week labelled with its number and parity, also the weeks without meetings. */
export function ListView({ occurrences, from, to, groupNames, canEdit }: AgendaViewProps) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const days = byDay(occurrences, from, to);

  return (
    <div className="agenda-list">
      {weekStarts(from, to).map((monday) => {
        const sunday = addDays(monday, 6);
        const week = weekOf(monday);
        const items = eachDay(monday, sunday).flatMap((day) => days.get(day) ?? []);
        return (
          <section key={monday} className={`agenda-week agenda-week--${week.parity}`} aria-labelledby={`week-${monday}`} data-testid="agenda-week" data-week={week.isoWeek}>
            <h2 id={`week-${monday}`} className="agenda-week__title">
              <WeekLabel week={week.isoWeek} parity={week.parity} />
              <span className="agenda-week__range">{format.range(monday, sunday)}</span>
            </h2>
            {items.length === 0 ? (
              <p className="agenda-week__empty">{t("calendar.emptyWeek")}</p>
            ) : (
              <ol className="occ-list">
                {items.map((occurrence) => (
                  <li key={occurrenceKey(occurrence)}>
                    <OccurrenceCard
                      occurrence={occurrence}
                      groupName={occurrence.workingGroupId ? groupNames.get(occurrence.workingGroupId) : undefined}
                      canEdit={canEdit}
                      showDay
                    />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
