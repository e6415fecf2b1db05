import { useState } from "react";
import { useTranslation } from "react-i18next";
import { planDeparture } from "@afdelingsplanner/shared";
import { type RosterEntry } from "@afdelingsplanner/shared/schemas";
import { useRecordDeparture } from "../api/recordDeparture.ts";
import { ActionDialog } from "./ActionDialog.tsx";
import { DateField, NoteField, optional } from "./fields.tsx";

export function DepartureDialog({ slug, entry, today, onClose }: { slug: string; entry: RosterEntry; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const departure = useRecordDeparture(slug);
  const plan = planDeparture(entry, today);
  const [lastDay, setLastDay] = useState(plan.ok ? plan.value : today);
  const [note, setNote] = useState("");
  const name = entry.name ?? "";

  return (
    <ActionDialog
      title={t("roster.dialog.departureTitle", { name })}
      confirmLabel={t("roster.actions.departure")}
      pending={departure.isPending}
      error={departure.error}
      onClose={onClose}
      onConfirm={() => departure.mutate({ seatId: entry.seatId, body: { lastDay: optional(lastDay), note: optional(note) } }, { onSuccess: onClose })}
    >
      <p>{t("roster.dialog.departureBody", { function: entry.function })}</p>
      <DateField label={t("roster.dialog.lastDay")} value={lastDay} onChange={setLastDay} required />
      <NoteField value={note} onChange={setNote} />
    </ActionDialog>
  );
}
