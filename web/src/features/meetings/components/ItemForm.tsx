import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type AgendaItemType } from "@afdelingsplanner/shared/schemas";
import { usePeople } from "../../branches/index.ts";
import { useAddItem } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { ITEM_TYPES, parseLinks } from "../lib/labels.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { SelectField } from "./SelectField.tsx";

/** Add an item to the agenda (editors) or propose one (everyone else); the same fields either way. */
export function ItemForm({ meeting, asProposal }: { meeting: MeetingRef; asProposal: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const people = usePeople(meeting.slug);
  const add = useAddItem(meeting, asProposal);
  const [title, setTitle] = useState("");
  const [type, setType] = useState<AgendaItemType>("discussion");
  const [ownerId, setOwnerId] = useState("");
  const [minutes, setMinutes] = useState("10");
  const [links, setLinks] = useState("");
  const [saved, setSaved] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    add.mutate(
      { title: title.trim(), type, ownerId: ownerId || null, estimatedMinutes: Math.max(LIMITS.meetings.agendaItemMinutes.min, Number.parseInt(minutes, 10) || 10), links: parseLinks(links) },
      {
        onSuccess: ({ item }) => {
          setSaved(item.title);
          setTitle("");
          setLinks("");
        },
      },
    );
  }

  const prefix = asProposal ? "propose" : "add";
  return (
    <form className="mtg-form" onSubmit={submit} data-testid={`${prefix}-item-form`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(`meetings.form.${prefix}Title`)}</h3>
      {asProposal && <p className="mtg-hint">{t("meetings.form.proposeHint")}</p>}
      <div className="mtg-form__grid">
        <div className="field mtg-form__wide">
          <label htmlFor={`${id}-t`}>{t("meetings.form.title")}</label>
          <input id={`${id}-t`} className="mtg-input" required maxLength={LIMITS.meetings.agendaItemTitle.maxLength} value={title} onChange={(event) => setTitle(event.target.value)} />
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
          <textarea id={`${id}-links`} className="mtg-input" rows={2} value={links} onChange={(event) => setLinks(event.target.value)} aria-describedby={`${id}-links-hint`} />
          <span id={`${id}-links-hint`} className="mtg-hint">
            {t("meetings.form.linksHint")}
          </span>
        </div>
      </div>
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
