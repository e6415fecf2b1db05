import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useDeleteItem, useUpdateItem } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { itemBody, ItemFields, itemFieldsOf } from "./ItemFields.tsx";

/**
 * Bewerken and Verwijderen for one item of an open meeting's agenda (its editors). Both send the
 * version the page shows, so a change someone else saved first is not overwritten or deleted unseen.
 */
export function ItemEdit({ meeting, item }: { meeting: MeetingRef; item: AgendaItemView }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const update = useUpdateItem(meeting);
  const remove = useDeleteItem(meeting);
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [values, setValues] = useState(() => itemFieldsOf(item));

  function open() {
    setValues(itemFieldsOf(item));
    update.reset();
    setEditing(true);
  }

  function close() {
    setEditing(false);
    // Back to the button that opened the form, which is rendered again after this update.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ itemId: item.id, body: { ...itemBody(values, item.estimatedMinutes), version: item.version } }, { onSuccess: close });
  }

  if (editing) {
    return (
      <form className="mtg-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="edit-item-form">
        <h4 id={`${id}-title`}>{t("meetings.edit.title", { title: item.title })}</h4>
        <ItemFields id={id} slug={meeting.slug} values={values} onChange={setValues} autoFocus />
        <div className="mtg-item__move">
          <button type="submit" className="button mtg-small" disabled={update.isPending}>
            {update.isPending ? t("meetings.busy") : t("meetings.edit.save")}
          </button>
          <button type="button" className="button button--secondary mtg-small" onClick={close}>
            {t("meetings.cancel")}
          </button>
        </div>
        {update.isError && (
          <p className="form__error" role="alert">
            {errorText(update.error)} <ReloadOnConflict error={update.error} />
          </p>
        )}
      </form>
    );
  }

  return (
    <>
      <div className="mtg-item__move">
        <button ref={editButton} type="button" className="button button--secondary mtg-small" onClick={open}>
          {t("meetings.edit.edit")}
          <span className="visually-hidden">: {item.title}</span>
        </button>
        <button type="button" className="button button--secondary mtg-small" onClick={() => setConfirming(true)}>
          {t("meetings.edit.delete")}
          <span className="visually-hidden">: {item.title}</span>
        </button>
      </div>
      {remove.isError && (
        <p className="form__error" role="alert">
          {errorText(remove.error)} <ReloadOnConflict error={remove.error} />
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("meetings.edit.deleteTitle")}
        confirmLabel={t("meetings.edit.deleteConfirm")}
        cancelLabel={t("meetings.edit.deleteKeep")}
        busy={remove.isPending}
        onConfirm={() => remove.mutate({ itemId: item.id, version: item.version }, { onSettled: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("meetings.edit.deleteBody", { title: item.title })}</p>
      </ConfirmDialog>
    </>
  );
}
