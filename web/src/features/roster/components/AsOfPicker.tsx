import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

interface AsOfPickerProps {
  /** The day on show. */
  value: string;
  /** Whether that day is today (then there is no way back to today to offer). */
  isToday: boolean;
  onChange: (asOf: string | null) => void;
}

/** Picks the roster's date. A half-typed date stays in the field and is only sent once it is a whole, valid day. */
export function AsOfPicker({ value, isToday, onChange }: AsOfPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);

  return (
    <div className="field field--inline no-print">
      <label htmlFor={id}>{t("roster.asOf.label")}</label>
      <input
        id={id}
        type="date"
        value={draft ?? value}
        onChange={(event) => {
          const next = event.target.value;
          // The browser reports "" until the date is complete and real, so only whole days leave this field.
          if (next) {
            setDraft(null);
            onChange(next);
          } else setDraft(next);
        }}
        onBlur={() => setDraft(null)}
      />
      {!isToday && (
        <button type="button" className="button button--secondary button--small" onClick={() => onChange(null)}>
          {t("roster.asOf.today")}
        </button>
      )}
    </div>
  );
}
