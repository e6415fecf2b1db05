import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { usePeople } from "../../branches/index.ts";
import type { MeetingRef } from "../api/keys.ts";
import { useAddAction } from "../api/minutes.ts";
import { ForItemField, QuickSubmit } from "./QuickFormParts.tsx";
import { SelectField } from "./SelectField.tsx";

/** An action (actiepunt) with an owner and a due date, straight onto the action list. */
export function QuickAction({ meeting, items }: { meeting: MeetingRef; items: AgendaItemView[] }) {
  const { t } = useTranslation();
  const id = useId();
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
        <input id={`${id}-title`} className="mtg-input" required maxLength={LIMITS.meetings.actionTitle.maxLength} value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="mtg-form__grid">
        <SelectField
          id={`${id}-owner`}
          label={t("meetings.run.actionOwner")}
          value={ownerId}
          onChange={setOwnerId}
          emptyLabel={t("meetings.form.noOwner")}
          options={(people.data ?? []).map((person) => ({ value: person.id, label: person.name }))}
        />
        <div className="field">
          <label htmlFor={`${id}-due`}>{t("meetings.run.actionDue")}</label>
          <input id={`${id}-due`} className="mtg-input" type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </div>
        <ForItemField id={id} value={itemId} onChange={setItemId} items={items} />
      </div>
      <QuickSubmit label={t("meetings.run.addAction")} pending={add.isPending} error={add.isError ? add.error : null} />
    </form>
  );
}
