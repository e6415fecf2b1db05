import { useDeferredValue, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { previewOf } from "../lib/preview.ts";
import type { SeriesFormValues } from "../lib/seriesForm.ts";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";
import { WeekLabel } from "./WeekLabel.tsx";
import { WeekTurnNote } from "./WeekTurnNote.tsx";

interface SchedulePreviewProps {
  values: SeriesFormValues;
  today: string;
  timeZone: string;
}

/** The next occurrences of the series being edited, each with its ISO week and parity, updated as you type. */
export function SchedulePreview({ values, today, timeZone }: SchedulePreviewProps) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const deferred = useDeferredValue(values);
  const preview = useMemo(() => previewOf(deferred, today, timeZone), [deferred, today, timeZone]);

  let body;
  if (preview.state === "incomplete") body = <p className="field__hint">{t("calendar.preview.incomplete")}</p>;
  else if (preview.state === "problems") {
    body = (
      <div className="notice notice--error" role="status" data-testid="schedule-problems">
        <p>{t("calendar.preview.problems")}</p>
        {/* The shared checks explain in English; lang lets screen readers pronounce them right. */}
        <ul lang="en">
          {preview.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  } else if (preview.occurrences.length === 0) body = <p>{t("calendar.preview.none", { from: format.longDay(preview.from) })}</p>;
  else {
    const first = preview.occurrences[0];
    const last = preview.occurrences.at(-1);
    body = (
      <>
        {first && last && <WeekTurnNote from={first.date} to={last.date} />}
        {preview.hints.map((hint) => (
          <p key={hint} className="notice" lang="en" data-testid="schedule-hint">
            {hint}
          </p>
        ))}
        <ol className="preview-list">
          {preview.occurrences.map((occurrence) => (
            <li key={occurrence.date} data-testid="preview-occurrence">
              <span className="preview-list__day">{format.day(occurrence.date)}</span>
              <span>{t("calendar.occurrence.time", { start: occurrence.startLocal.slice(11, 16), end: occurrence.endLocal.slice(11, 16) })}</span>
              <WeekLabel week={occurrence.isoWeek} parity={occurrence.parity} />
            </li>
          ))}
        </ol>
      </>
    );
  }

  return (
    <section className="preview card" aria-labelledby="preview-title" data-testid="schedule-preview">
      <h2 id="preview-title">{t("calendar.preview.title")}</h2>
      {body}
    </section>
  );
}
