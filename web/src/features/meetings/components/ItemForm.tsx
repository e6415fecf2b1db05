import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAddItem } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { emptyItemFields, itemBody, ItemFields } from "./ItemFields.tsx";

/** Add an item to the agenda (editors) or propose one (everyone else); the same fields either way. */
export function ItemForm({ meeting, asProposal }: { meeting: MeetingRef; asProposal: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const add = useAddItem(meeting, asProposal);
  const [values, setValues] = useState(emptyItemFields);
  const [saved, setSaved] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    add.mutate(itemBody(values, 10), {
      onSuccess: ({ item }) => {
        setSaved(item.title);
        // Type, inbrenger and estimate stay for the next item; the subject and links start empty.
        setValues((current) => ({ ...current, title: "", links: "" }));
      },
    });
  }

  const prefix = asProposal ? "propose" : "add";
  return (
    <form className="mtg-form" onSubmit={submit} data-testid={`${prefix}-item-form`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(`meetings.form.${prefix}Title`)}</h3>
      {asProposal && <p className="mtg-hint">{t("meetings.form.proposeHint")}</p>}
      <ItemFields id={id} slug={meeting.slug} values={values} onChange={setValues} />
      <button type="submit" className="button" disabled={add.isPending}>
        {add.isPending ? t("meetings.busy") : t(`meetings.form.${prefix}Submit`)}
      </button>
      <div role="status" className="mtg-status">
        {saved && <p className="notice">{t(`meetings.form.${prefix}Saved`, { title: saved })}</p>}
      </div>
      {add.isError && (
        <p className="form__error" role="alert">
          {errorText(add.error)}
        </p>
      )}
    </form>
  );
}
