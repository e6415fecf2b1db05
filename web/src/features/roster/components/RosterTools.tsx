import { useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadRosterCsv } from "../api/downloadRosterCsv.ts";
import { useRosterErrorText } from "../useRosterErrorText.ts";

/** CSV export and printing. The printed page drops navigation and buttons (see roster.css). */
export function RosterTools({ slug, asOf }: { slug: string; asOf: string }) {
  const { t } = useTranslation();
  const errorText = useRosterErrorText();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const exportCsv = async () => {
    setExporting(true);
    setError(null);
    try {
      await downloadRosterCsv(slug, asOf);
    } catch (cause) {
      setError(cause);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="roster-tools no-print" role="group" aria-label={t("roster.tools.label")}>
      <button type="button" className="button button--secondary" disabled={exporting} onClick={() => void exportCsv()}>
        {exporting ? t("roster.tools.exporting") : t("roster.tools.exportCsv")}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t("roster.tools.print")}
      </button>
      {error !== null && (
        <p className="form__error" role="alert">
          {t("roster.errors.exportFailed")} {errorText(error)}
        </p>
      )}
    </div>
  );
}
