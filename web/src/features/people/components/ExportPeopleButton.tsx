import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { downloadPeopleCsv } from "../api/importPeople.ts";

/** "Exporteren (CSV)" for the secretary: the members with contact details as a spreadsheet file; the server logs each export. */
export function ExportPeopleButton({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      await downloadPeopleCsv(slug);
    } catch (failure) {
      setError(describe(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="people-export">
      <button type="button" className="button button--secondary" onClick={() => void download()} disabled={busy} aria-describedby="people-export-hint" data-testid="people-export">
        {busy ? t("people.export.busy") : t("people.export.button")}
      </button>
      <p id="people-export-hint" className="people-hint">
        {t("people.export.hint")}
      </p>
      <p className="form__error" role="alert">
        {error ?? ""}
      </p>
    </div>
  );
}
