import { useTranslation } from "react-i18next";
import { LIMITS, type AgendaItemType, type AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { usePeople } from "../../branches/index.ts";
import { ITEM_TYPES, parseLinks } from "../lib/labels.ts";
import { SelectField } from "./SelectField.tsx";

/** What an agenda item's form holds while it is typed in: the fields as text, as the inputs give them. */
export interface ItemFieldValues {
  title: string;
  type: AgendaItemType;
  ownerId: string;
  minutes: string;
  links: string;
}

export const emptyItemFields: ItemFieldValues = { title: "", type: "discussion", ownerId: "", minutes: "10", links: "" };

export const itemFieldsOf = (item: AgendaItemView): ItemFieldValues => ({
  title: item.title,
  type: item.type,
  ownerId: item.owner?.id ?? "",
  minutes: String(item.estimatedMinutes),
  links: item.links.join("\n"),
});

/** The fields as the API takes them; an estimate that is not a number becomes `fallbackMinutes`, and any estimate stays within the limits. */
export function itemBody(values: ItemFieldValues, fallbackMinutes: number) {
  const { min, max } = LIMITS.meetings.agendaItemMinutes;
  const estimatedMinutes = Math.min(max, Math.max(min, Number.parseInt(values.minutes, 10) || fallbackMinutes));
  return { title: values.title.trim(), type: values.type, ownerId: values.ownerId || null, estimatedMinutes, links: parseLinks(values.links) };
}

/**
 * The fields of an agenda item (onderwerp, soort, inbrenger, geschatte tijd, links), shared by adding or
 * proposing one (ItemForm) and editing one (ItemEdit). `id` prefixes the inputs' ids.
 */
export function ItemFields({ id, slug, values, onChange, autoFocus = false }: { id: string; slug: string; values: ItemFieldValues; onChange: (values: ItemFieldValues) => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const people = usePeople(slug);
  const set = <K extends keyof ItemFieldValues>(key: K, value: ItemFieldValues[K]) => onChange({ ...values, [key]: value });
  return (
    <div className="mtg-form__grid">
      <div className="field mtg-form__wide">
        <label htmlFor={`${id}-t`}>{t("meetings.form.title")}</label>
        <input id={`${id}-t`} className="mtg-input" required autoFocus={autoFocus} maxLength={LIMITS.meetings.agendaItemTitle.maxLength} value={values.title} onChange={(event) => set("title", event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t("meetings.form.type")}</label>
        <select id={`${id}-type`} className="mtg-input" value={values.type} onChange={(event) => set("type", event.target.value as AgendaItemType)}>
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
        value={values.ownerId}
        onChange={(ownerId) => set("ownerId", ownerId)}
        emptyLabel={t("meetings.form.noOwner")}
        options={(people.data ?? []).map((person) => ({ value: person.id, label: person.name }))}
      />
      <div className="field">
        <label htmlFor={`${id}-min`}>{t("meetings.form.estimate")}</label>
        <input
          id={`${id}-min`}
          className="mtg-input"
          type="number"
          inputMode="numeric"
          min={LIMITS.meetings.agendaItemMinutes.min}
          max={LIMITS.meetings.agendaItemMinutes.max}
          required
          value={values.minutes}
          onChange={(event) => set("minutes", event.target.value)}
        />
      </div>
      <div className="field mtg-form__wide">
        <label htmlFor={`${id}-links`}>{t("meetings.form.links")}</label>
        <textarea id={`${id}-links`} className="mtg-input" rows={2} value={values.links} onChange={(event) => set("links", event.target.value)} aria-describedby={`${id}-links-hint`} />
        <span id={`${id}-links-hint`} className="mtg-hint">
          {t("meetings.form.linksHint")}
        </span>
      </div>
    </div>
  );
}
