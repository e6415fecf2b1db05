import { useTranslation } from "react-i18next";
import type { MeasurementView } from "@afdelingsplanner/shared/schemas";
import { useFormat } from "../lib/useFormat.ts";

const WIDTH = 160;
const HEIGHT = 36;

/** A metric's measurements over time; the label reads them out. */
export function Sparkline({ measurements }: { measurements: MeasurementView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (measurements.length === 0) return <p className="wg-muted">{t("workingGroups.metric.none")}</p>;

  const sorted = [...measurements].sort((a, b) => a.date.localeCompare(b.date));
  const values = sorted.map((measurement) => measurement.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (index: number) => (sorted.length === 1 ? WIDTH / 2 : 2 + (index * (WIDTH - 4)) / (sorted.length - 1));
  const y = (value: number) => (max === min ? HEIGHT / 2 : HEIGHT - 3 - ((value - min) * (HEIGHT - 6)) / (max - min));
  const points = sorted.map((measurement, index) => `${x(index).toFixed(1)},${y(measurement.value).toFixed(1)}`).join(" ");
  const summary = t("workingGroups.metric.summary", {
    list: sorted.map((measurement) => t("workingGroups.metric.point", { value: format.number(measurement.value), date: format.date(measurement.date) })).join(", "),
  });
  const last = sorted.length - 1;

  return (
    <svg className="wg-sparkline" role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <circle cx={x(last)} cy={y(values[last] ?? 0)} r="3" fill="currentColor" />
    </svg>
  );
}
