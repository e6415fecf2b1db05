import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEntryView, AuditFieldChange } from "@afdelingsplanner/shared/schemas";

const LOCALES = { nl: "nl-NL", en: "en-GB" } as const;

/** A value from the log as text: empty and missing values as a dash, lists comma-separated. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map(shown).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function ChangeDetails({ changes }: { changes: Record<string, AuditFieldChange> }) {
  const { t } = useTranslation();
  const fields = Object.entries(changes);
  if (fields.length === 0) return null;
  return (
    <details className="audit-details" data-testid="audit-details">
      <summary>{t("auditLog.details", { count: fields.length })}</summary>
      <table className="audit-changes">
        <thead>
          <tr>
            <th scope="col">{t("auditLog.field")}</th>
            <th scope="col">{t("auditLog.before")}</th>
            <th scope="col">{t("auditLog.after")}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(([field, change]) => (
            <tr key={field}>
              <th scope="row">{field}</th>
              <td>{shown(change.from)}</td>
              <td>{shown(change.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** When, who and what, newest first; the changed fields open per entry. Times are in the branch's time zone. */
export function AuditTable({ entries, timeZone }: { entries: AuditEntryView[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === "en" ? LOCALES.en : LOCALES.nl;
  const when = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }), [locale, timeZone]);
  return (
    <div className="audit-scroll" role="region" aria-label={t("auditLog.title")} tabIndex={0}>
      <table className="audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t("auditLog.when")}</th>
            <th scope="col">{t("auditLog.who")}</th>
            <th scope="col">{t("auditLog.type")}</th>
            <th scope="col">{t("auditLog.what")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-row">
              <td>
                <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
              </td>
              <td>{entry.actor.name}</td>
              <td>{t(`auditLog.types.${entry.entityType}`)}</td>
              <td>
                <span className="audit-summary">{entry.summary}</span>
                <ChangeDetails changes={entry.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
