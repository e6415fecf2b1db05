import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { RosterResponse } from "@afdelingsplanner/shared/schemas";
import { useFormatDate } from "../useFormatDate.ts";

export function NextRetirements({ roster }: { roster: RosterResponse }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = useId();
  const nameOf = new Map(roster.entries.map((entry) => [entry.personId, entry.name ?? ""]));
  return (
    <section className="card roster-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("roster.retirements.title")}</h2>
      {roster.nextRetirements.length === 0 ? (
        <p>{t("roster.retirements.empty")}</p>
      ) : (
        <ul className="plain-list">
          {roster.nextRetirements.map((retirement) => (
            <li key={retirement.date}>
              {t("roster.retirements.item", { date: formatDate(retirement.date), names: retirement.personIds.map((id) => nameOf.get(id)).join(", ") })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
