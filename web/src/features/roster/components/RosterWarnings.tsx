import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { RosterWarningView } from "@afdelingsplanner/shared/schemas";

/** The warnings come ready in Dutch from the server, the one place that words them. */
export function RosterWarnings({ warnings }: { warnings: RosterWarningView[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (warnings.length === 0) return null;
  return (
    <section className="roster-warnings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("roster.warnings.title")}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.code}:${warning.personIds.join(",")}`} className="notice notice--warning" data-code={warning.code} lang="nl">
            {warning.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
