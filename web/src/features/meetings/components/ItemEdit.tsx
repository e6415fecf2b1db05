import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type AgendaItemType, type AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { usePeople } from "../../branches/index.ts";
import { useDeleteItem, useUpdateItem } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { ITEM_TYPES, parseLinks } from "../lib/labels.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { SelectField } from "./SelectField.tsx";

/**
 * Bewerken and Verwijderen for one item of an open meeting's agenda (its editors). Both send the
 * version the page shows, so a change someone else saved first is not overwritten or deleted unseen.
 */
export function ItemEdit({ meeting, item }: { meeting: MeetingRef; item: AgendaItemView }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const people = usePeople(meeting.slug);
  const update = useUpdateItem(meeting);
  const remove = useDeleteItem(meeting);
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [title, setTitle] = useState(item.title);
  const [type, setType] = useState<AgendaItemType>(item.type);
  const [ownerId, setOwnerId] = useState(item.owner?.id ?? "");
  const [minutes, setMinutes] = useState(String(item.estimatedMinutes));
  const [links, setLinks] = useState(item.links.join("\n"));

  function open() {
    setTitle(item.title);
    setType(item.type);
    setOwnerId(item.owner?.id ?? "");
    setMinutes(String(item.estimatedMinutes));
    setLinks(item.links.join("\n"));
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
    const estimatedMinutes = Math.min(LIMITS.meetings.agendaItemMinutes.max, Math.max(LIMITS.meetings.agendaItemMinutes.min, Number.parseInt(minutes, 10) || item.estimatedMinutes));
    update.mutate({ itemId: item.id, body: { title: title.trim(), type, ownerId: ownerId || null, estimatedMinutes, links: parseLinks(links), version: item.version } }, { onSuccess: close });
  }

  if (editing) {
    return (
      <form className="mtg-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="edit-item-form">
        <h4 id={`${id}-title`}>{t("meetings.edit.title", { title: item.title })}</h4>
        <div className="mtg-form__grid">
          <div className="field mtg-form__wide">
            <label htmlFor={`${id}-t`}>{t("meetings.form.title")}</label>
            <input id={`${id}-t`} className="mtg-input" required autoFocus maxLength={LIMITS.meetings.agendaItemTitle.maxLength} value={title} onChange={(event) => setTitle(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>{t("meetings.form.type")}</label>
            <select id={`${id}-type`} className="mtg-input" value={type} onChange={(event) => setType(event.target.value as AgendaItemType)}>
              {ITEM_TYPES.map((each) => (
                <option key={each} value={each}>
                  {t(`meetings.type.${each}`)}
                </option>
              ))}
            </select>
          </div>
          <SelectField
            id={`${id}-owner`}
            label={t("meetings.form.owner")}
            value={ownerId}
            onChange={setOwnerId}
            emptyLabel={t("meetings.form.noOwner")}
            options={(people.data ?? []).map((person) => ({ value: person.id, label: person.name }))}
          />
          <div className="field">
            <label htmlFor={`${id}-min`}>{t("meetings.form.estimate")}</label>
            <input id={`${id}-min`} className="mtg-input" type="number" inputMode="numeric" min={LIMITS.meetings.agendaItemMinutes.min} max={LIMITS.meetings.agendaItemMinutes.max} required value={minutes} onChange={(event) => setMinutes(event.target.value)} />
          </div>
          <div className="field mtg-form__wide">
            <label htmlFor={`${id}-links`}>{t("meetings.form.links")}</label>
            <textarea id={`${id}-links`} className="mtg-input" rows={2} value={links} onChange={(event) => setLinks(event.target.value)} />
          </div>
        </div>
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
