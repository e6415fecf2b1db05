import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { BoardSeatView, BoardTermView } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { useFormatDate } from "../useFormatDate.ts";
import { ScrollRegion } from "./ScrollRegion.tsx";
import "./timeline.css";

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** Whole calendar years around all terms and the roster's date, plus one to look ahead, so the axis starts and ends on 1 January. */
function yearSpan(seats: BoardSeatView[], asOf: string): number[] {
  const years = seats.flatMap((seat) => seat.terms.flatMap((term) => [term.startDate, term.endDate])).concat(asOf).map((day) => Number(day.slice(0, 4)));
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 2 }, (_, index) => first + index);
}

interface TermTimelineProps {
  seats: BoardSeatView[];
  asOf: string;
}

/**
 * Every term per seat on a shared time axis: past, current and planned. The bars are list items
 * with their full dates in text, so the picture is also a readable list without it.
 */
export function TermTimeline({ seats, asOf }: TermTimelineProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = useId();
  const hasTerms = seats.some((seat) => seat.terms.length > 0);
  const years = yearSpan(seats, asOf);
  const start = dayNumber(`${years[0]}-01-01`);
  const length = dayNumber(`${(years.at(-1) ?? 0) + 1}-01-01`) - start;
  const percent = (day: string) => `${((dayNumber(day) - start) / length) * 100}%`;
  const markerAt = (dayNumber(asOf) - start) / length;
  const width = (term: BoardTermView) => `${((dayNumber(term.endedEarlyOn ?? term.endDate) - dayNumber(term.startDate) + 1) / length) * 100}%`;

  const describe = (term: BoardTermView) => {
    let text = t("roster.timeline.term", { name: term.name, kind: t(`roster.timeline.kind.${term.kind}`), start: formatDate(term.startDate), end: formatDate(term.endDate) });
    if (term.endedEarlyOn) text += `; ${t("roster.timeline.endedEarly", { date: formatDate(term.endedEarlyOn) })}`;
    if (term.startDate > asOf) text += ` (${t("roster.timeline.planned")})`;
    return text;
  };

  return (
    <section className="roster-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("roster.timeline.title")}</h2>
      <p className="lead">{t("roster.timeline.intro")}</p>
      {!hasTerms ? (
        <EmptyState>{t("roster.timeline.empty")}</EmptyState>
      ) : (
        <ScrollRegion label={t("roster.timeline.title")}>
          <div className="timeline">
            <div className="timeline__axis" aria-hidden="true">
              {years.map((year) => (
                <span key={year} style={{ left: percent(`${year}-01-01`) }}>
                  {year}
                </span>
              ))}
            </div>
            {seats.map((seat) => (
              <div className="timeline__row" key={seat.seatId}>
                <h3 className="timeline__label">
                  {seat.function}
                  {seat.holder && <span className="timeline__holder">{seat.holder.name}</span>}
                </h3>
                <ol className="timeline__track">
                  {seat.terms.map((term) => (
                    <li
                      key={term.termId}
                      className={`timeline__term timeline__term--${term.kind}${term.startDate > asOf ? " timeline__term--planned" : ""}`}
                      style={{ left: percent(term.startDate), width: width(term) }}
                      title={describe(term)}
                    >
                      <span aria-hidden="true">{term.name}</span>
                      <span className="visually-hidden">{describe(term)}</span>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
            <div
              className={`timeline__marker${markerAt > 0.6 ? " timeline__marker--late" : ""}`}
              style={{ left: `calc(var(--timeline-label) + (100% - var(--timeline-label)) * ${markerAt})` }}
              aria-hidden="true"
            >
              <span>
                {t("roster.timeline.marker")}: {formatDate(asOf)}
              </span>
            </div>
          </div>
        </ScrollRegion>
      )}
    </section>
  );
}
