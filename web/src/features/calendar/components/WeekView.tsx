import { useTranslation } from "react-i18next";
import { eachDay } from "../lib/dates.ts";
import { byDay, occurrenceKey } from "../lib/grouping.ts";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";
import type { AgendaViewProps } from "./ListView.tsx";
import { OccurrenceCard } from "./OccurrenceCard.tsx";

/** One ISO week, a column per day (stacked on narrow screens). The page heading carries the week label. */
export function WeekView({ occurrences, from, to, groupNames, canEdit, today }: AgendaViewProps & { today: string }) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const days = byDay(occurrences, from, to);

  return (
    <ol className="week-grid">
      {eachDay(from, to).map((day) => {
        const items = days.get(day) ?? [];
        return (
          <li key={day} className={day === today ? "week-grid__day is-today" : "week-grid__day"} aria-current={day === today ? "date" : undefined}>
            <h2 className="week-grid__date">{format.day(day)}</h2>
            {items.length === 0 ? (
              <p className="week-grid__empty">{t("calendar.emptyDay")}</p>
            ) : (
              <ol className="occ-list">
                {items.map((occurrence) => (
                  <li key={occurrenceKey(occurrence)}>
                    <OccurrenceCard
                      occurrence={occurrence}
                      groupName={occurrence.workingGroupId ? groupNames.get(occurrence.workingGroupId) : undefined}
                      canEdit={canEdit}
                      showDay={false}
                    />
                  </li>
                ))}
              </ol>
            )}
          </li>
        );
      })}
    </ol>
  );
}
