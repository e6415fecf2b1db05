import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityView } from "@afdelingsplanner/shared/schemas";
import { isoWeekNumber } from "../lib/dates.ts";
import { CHART_WEEKS, weeklyCounts } from "../lib/weeklyCounts.ts";

const BAR = 20;
const GAP = 6;
const HEIGHT = 80;
const LABEL = 16;

/** Activities per week over the last 12 weeks, as bars; the summary under it says the same in words. */
export function ActivityChart({ activities, today }: { activities: ActivityView[]; today: string }) {
  const { t } = useTranslation();
  const summaryId = useId();
  const weeks = weeklyCounts(activities, today);
  const max = Math.max(1, ...weeks.map((week) => week.count));
  const total = weeks.reduce((sum, week) => sum + week.count, 0);
  const busiest = weeks.reduce((best, week) => (week.count > best.count ? week : best), weeks[0] ?? { monday: today, count: 0 });
  const width = CHART_WEEKS * (BAR + GAP);

  const summary =
    total === 0
      ? t("workingGroups.chart.empty", { weeks: CHART_WEEKS })
      : t("workingGroups.chart.summary", { count: total, weeks: CHART_WEEKS, week: isoWeekNumber(busiest.monday), busiest: busiest.count });

  return (
    <figure className="wg-chart">
      <svg role="img" aria-labelledby={summaryId} viewBox={`0 0 ${width} ${HEIGHT + LABEL}`} preserveAspectRatio="xMinYMid meet">
        {weeks.map((week, index) => {
          const height = week.count === 0 ? 2 : Math.max(4, (week.count / max) * (HEIGHT - 14));
          const x = index * (BAR + GAP);
          return (
            <g key={week.monday}>
              <rect x={x} y={HEIGHT - height} width={BAR} height={height} rx="2" className={index === weeks.length - 1 ? "wg-chart__bar wg-chart__bar--now" : "wg-chart__bar"} />
              {week.count > 0 && (
                <text x={x + BAR / 2} y={HEIGHT - height - 3} textAnchor="middle" className="wg-chart__value">
                  {week.count}
                </text>
              )}
              <text x={x + BAR / 2} y={HEIGHT + LABEL - 3} textAnchor="middle" className="wg-chart__label">
                {isoWeekNumber(week.monday)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={summaryId} className="wg-muted">
        {summary}
      </figcaption>
    </figure>
  );
}
