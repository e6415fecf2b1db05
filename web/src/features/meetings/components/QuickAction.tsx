import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItemView } from "@afdelingsplanner/shared";
import { usePeople } from "../../branches/api/getPeople.ts";
import type { MeetingRef } from "../api/keys.ts";
import { useAddAction } from "../api/minutes.ts";
import { useErrorText } from "../lib/useErrorText.ts";

/** An action (actiepunt) with an owner and a due date, straight onto the action list. */
export function QuickAction({ meeting, items }: { meeting: MeetingRef; items: AgendaItemView[] }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const people = usePeople(meeting.slug);
  const add = useAddAction(meeting);
  const [title, setTitle] = useState("");
  const [ownerId, setOwnerId] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [itemId, setItemId] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      { title: title.trim(), ownerId: ownerId || null, dueDate: dueDate || null, agendaItemId: itemId || null },
      { onSuccess: () => setTitle("") },
    );
  }

  return (
    <form className="mtg-form mtg-form--quick" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t("meetings.run.actionTitle")}</h3>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t("meetings.run.actionText")}</label>
        <input id={`${id}-title`} className="mtg-input" required maxLength={500} value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="mtg-form__grid">
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t("meetings.run.actionOwner")}</label>
          <select id={`${id}-owner`} className="mtg-input" value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            <option value="">{t("meetings.form.noOwner")}</option>
            {(people.data ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t("meetings.run.actionDue")}</label>
          <input id={`${id}-due`} className="mtg-input" type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-item`}>{t("meetings.run.forItem")}</label>
          <select id={`${id}-item`} className="mtg-input" value={itemId} onChange={(event) => setItemId(event.target.value)}>
            <option value="">{t("meetings.run.noItem")}</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button" disabled={add.isPending}>
        {t("meetings.run.addAction")}
      </button>
      {add.isError && (
        <p className="form__error" role="alert">
          {errorText(add.error)}
        </p>
      )}
    </form>
  );
}
