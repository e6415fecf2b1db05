import { useId } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  required?: boolean;
}

export function DateField({ label, value, onChange, hint, required = false }: DateFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} required={required} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(event.target.value)} />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export function NoteField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t("roster.dialog.note")}</label>
      <textarea id={id} value={value} maxLength={LIMITS.board.note.maxLength} rows={2} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** Empty optional fields are left out of the body, so the server applies its own default. */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}
