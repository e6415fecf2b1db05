import { useTranslation } from "react-i18next";
import type { AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { useErrorText } from "../lib/useErrorText.ts";
import { SelectField } from "./SelectField.tsx";

/** "Bij agendapunt": ties a quick decision or action to one of the meeting's items, or to none. */
export function ForItemField({ id, value, onChange, items }: { id: string; value: string; onChange: (itemId: string) => void; items: AgendaItemView[] }) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={`${id}-item`}
      label={t("meetings.run.forItem")}
      value={value}
      onChange={onChange}
      emptyLabel={t("meetings.run.noItem")}
      options={items.map((item) => ({ value: item.id, label: item.title }))}
    />
  );
}

/** The quick forms' submit button, and what went wrong (translated from the error's code) below it. */
export function QuickSubmit({ label, pending, error }: { label: string; pending: boolean; error: unknown }) {
  const errorText = useErrorText();
  return (
    <>
      <button type="submit" className="button" disabled={pending}>
        {label}
      </button>
      {error ? (
        <p className="form__error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </>
  );
}
