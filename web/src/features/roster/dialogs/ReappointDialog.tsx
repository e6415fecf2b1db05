import { useState } from "react";
import { useTranslation } from "react-i18next";
import { calendarDays, planReappointment } from "@afdelingsplanner/shared";
import { type RosterEntry, type TermPolicyView } from "@afdelingsplanner/shared/schemas";
import { useReappoint } from "../api/reappoint.ts";
import { useFormatDate } from "../useFormatDate.ts";
import { ActionDialog } from "./ActionDialog.tsx";
import { DateField, NoteField, optional } from "./fields.tsx";

interface ReappointDialogProps {
  slug: string;
  entry: RosterEntry;
  policy: TermPolicyView;
  today: string;
  onClose: () => void;
}

export function ReappointDialog({ slug, entry, policy, today, onClose }: ReappointDialogProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const reappoint = useReappoint(slug);
  // The same rule the server applies, so the dates shown are the dates that will be saved.
  const plan = planReappointment(entry, policy, today);
  const [startDate, setStartDate] = useState(plan.ok ? plan.value.startDate : today);
  const [decidedOn, setDecidedOn] = useState(today);
  const [note, setNote] = useState("");
  const start = calendarDays.isCalendarDate(startDate) ? startDate : today;
  const name = entry.name ?? "";

  return (
    <ActionDialog
      title={t("roster.dialog.reappointTitle", { name })}
      confirmLabel={t("roster.actions.reappoint")}
      pending={reappoint.isPending}
      error={reappoint.error}
      onClose={onClose}
      onConfirm={() =>
        reappoint.mutate({ seatId: entry.seatId, body: { startDate: optional(startDate), decidedOn: optional(decidedOn), note: optional(note) } }, { onSuccess: onClose })
      }
    >
      <p>
        {t("roster.dialog.reappointBody", {
          name,
          function: entry.function,
          start: formatDate(start),
          end: formatDate(calendarDays.addMonths(start, policy.termLengthMonths)),
          count: entry.reappointments + 1,
        })}
      </p>
      <DateField label={t("roster.dialog.startDate")} value={startDate} onChange={setStartDate} required />
      <DateField label={t("roster.dialog.decidedOn")} hint={t("roster.dialog.decidedOnHint")} value={decidedOn} onChange={setDecidedOn} />
      <NoteField value={note} onChange={setNote} />
    </ActionDialog>
  );
}
