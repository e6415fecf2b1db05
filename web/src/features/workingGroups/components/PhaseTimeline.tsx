import { useTranslation } from "react-i18next";
import type { PlanResponse } from "@afdelingsplanner/shared/schemas";
import { daysBetween } from "../lib/dates.ts";
import { useFormat } from "../lib/useFormat.ts";

type Phase = PlanResponse["phases"][number];

/**
 * The phases as bars on one time axis with a line at today. Phases may overlap, so each has its
 * own row. The axis is decoration: the list under it (PlanPage) says the same in words.
 */
export function PhaseTimeline({ phases, today }: { phases: Phase[]; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (phases.length === 0) return null;
  const start = phases.reduce((min, phase) => (phase.startDate < min ? phase.startDate : min), today);
  const end = phases.reduce((max, phase) => (phase.endDate > max ? phase.endDate : max), today);
  const span = Math.max(1, daysBetween(start, end));
  const at = (date: string) => `${((daysBetween(start, date) / span) * 100).toFixed(2)}%`;
  const firstYear = Number(start.slice(0, 4));
  const years = Array.from({ length: Number(end.slice(0, 4)) - firstYear }, (_, index) => `${firstYear + index + 1}-01-01`);

  return (
    <figure className="wg-timeline" data-testid="timeline">
      <div className="wg-timeline__track" aria-hidden="true">
        {years.map((year) => (
          <span key={year} className="wg-timeline__year" style={{ left: at(year) }}>
            {year.slice(0, 4)}
          </span>
        ))}
        {phases.map((phase) => (
          <div key={phase.id} className="wg-timeline__row">
            <span className={`wg-timeline__bar wg-timeline__bar--${phase.state}`} style={{ left: at(phase.startDate), width: `calc(${at(phase.endDate)} - ${at(phase.startDate)})` }}>
              {phase.name.split(":")[0]}
            </span>
          </div>
        ))}
        <span className="wg-timeline__today" style={{ left: at(today) }} />
      </div>
      <figcaption className="wg-timeline__caption" data-testid="today">
        <span className="wg-timeline__today-key" aria-hidden="true" /> {t("workingGroups.plan.today", { date: format.date(today) })}
      </figcaption>
    </figure>
  );
}
