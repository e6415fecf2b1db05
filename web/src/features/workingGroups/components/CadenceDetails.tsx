import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { weekNumberOfKey } from "../lib/dates.ts";
import { useFormat } from "../lib/useFormat.ts";

type Cadence = NonNullable<GoalView["cadence"]>;
type Period = Cadence["periods"][number];

/** The last periods as a strip of squares, with the current period, streak and misses in words. */
export function CadenceDetails({ cadence }: { cadence: Cadence }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (period: Period) => (cadence.unit === "week" ? t("workingGroups.cadence.week", { week: weekNumberOfKey(period.key) }) : format.month(period.start));
  const recent = cadence.periods.filter((period) => period.state !== "future").slice(-8);
  const current = cadence.currentPeriod;
  return (
    <div className="wg-cadence">
      <ol className="wg-cadence__strip" aria-hidden="true">
        {recent.map((period) => (
          <li key={period.key} className={`wg-cadence__cell wg-cadence__cell--${period.met ? "met" : period.state === "current" ? "open" : "missed"}`} title={`${label(period)}: ${period.count}`}>
            {period.met ? "✓" : period.state === "current" ? "…" : "✗"}
          </li>
        ))}
      </ol>
      <p className="wg-muted">
        {current && <>{t("workingGroups.cadence.current", { period: label(current), count: current.count })} · </>}
        {t(`workingGroups.cadence.streak.${cadence.unit}`, { count: cadence.streak })} · {t(`workingGroups.cadence.missed.${cadence.unit}`, { count: cadence.missedPeriods })}
      </p>
    </div>
  );
}
