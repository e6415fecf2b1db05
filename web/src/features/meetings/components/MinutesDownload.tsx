import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingRef } from "../api/keys.ts";
import { downloadMinutesPdf } from "../api/minutesPdf.ts";
import { useErrorText } from "../lib/useErrorText.ts";

/** Afdrukken (the print stylesheet in meetings.css) and Download als PDF (made on the server): the minutes to keep. */
export function MinutesDownload({ meeting }: { meeting: MeetingRef }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadMinutesPdf(meeting);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mtg-row mtg-no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t("meetings.minutes.print")}
      </button>
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download()} data-testid="minutes-pdf">
        {busy ? t("meetings.minutes.pdfBusy") : t("meetings.minutes.pdf")}
      </button>
      {error !== null && (
        <p className="form__error" role="alert">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
