import { useTranslation } from "react-i18next";
import { KINDS } from "../lib/kinds.ts";
import { KindBadge } from "./KindBadge.tsx";

export function KindLegend() {
  const { t } = useTranslation();
  return (
    <section className="kind-legend" aria-labelledby="kind-legend-title">
      <h2 id="kind-legend-title" className="kind-legend__title">
        {t("calendar.legend")}
      </h2>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            <KindBadge kind={kind} />
          </li>
        ))}
      </ul>
    </section>
  );
}
