import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type AgendaItemView } from "@afdelingsplanner/shared/schemas";
import type { MeetingRef } from "../api/keys.ts";
import { useAddDecision } from "../api/minutes.ts";
import { ForItemField, QuickSubmit } from "./QuickFormParts.tsx";

/** One line and Enter: a decision (besluit) for the besluitenlijst, optionally tied to an item. */
export function QuickDecision({ meeting, items }: { meeting: MeetingRef; items: AgendaItemView[] }) {
  const { t } = useTranslation();
  const id = useId();
  const add = useAddDecision(meeting);
  const [text, setText] = useState("");
  const [itemId, setItemId] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ text: text.trim(), agendaItemId: itemId || null }, { onSuccess: () => setText("") });
  }

  return (
    <form className="mtg-form mtg-form--quick" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t("meetings.run.decisionTitle")}</h3>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t("meetings.run.decisionText")}</label>
        <input id={`${id}-text`} className="mtg-input" required maxLength={LIMITS.meetings.decisionText.maxLength} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <ForItemField id={id} value={itemId} onChange={setItemId} items={items} />
      <QuickSubmit label={t("meetings.run.addDecision")} pending={add.isPending} error={add.isError ? add.error : null} />
    </form>
  );
}
