import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RosterEntry } from "@afdelingsplanner/shared/schemas";
import { Loading } from "../../../components/Loading.tsx";
import { usePeople } from "../../branches/index.ts";
import { useAppointInterim } from "../api/appointInterim.ts";
import { ActionDialog } from "./ActionDialog.tsx";
import { DateField, NoteField, optional } from "./fields.tsx";

interface InterimDialogProps {
  slug: string;
  seat: RosterEntry;
  /** Everyone on the roster today, to leave out of the candidates. */
  entries: RosterEntry[];
  today: string;
  onClose: () => void;
}

export function InterimDialog({ slug, seat, entries, today, onClose }: InterimDialogProps) {
  const { t } = useTranslation();
  const personFieldId = useId();
  const people = usePeople(slug);
  const appoint = useAppointInterim(slug);
  const [personId, setPersonId] = useState("");
  const [startDate, setStartDate] = useState(today);
  const [endDate, setEndDate] = useState("");
  const [decidedOn, setDecidedOn] = useState(today);
  const [note, setNote] = useState("");

  const seated = new Set(entries.filter((entry) => entry.status === "active" || entry.status === "ending_soon").map((entry) => entry.personId));
  const candidates = (people.data ?? []).filter((person) => person.active && !seated.has(person.id));

  return (
    <ActionDialog
      title={t("roster.dialog.interimTitle", { function: seat.function })}
      confirmLabel={t("roster.actions.interim")}
      pending={appoint.isPending}
      error={appoint.error}
      onClose={onClose}
      onConfirm={() =>
        appoint.mutate(
          { seatId: seat.seatId, body: { personId, startDate: optional(startDate), endDate: optional(endDate), decidedOn: optional(decidedOn), note: optional(note) } },
          { onSuccess: onClose },
        )
      }
    >
      <p>{t("roster.dialog.interimBody")}</p>
      {people.isPending ? (
        <Loading />
      ) : candidates.length === 0 ? (
        <p>{t("roster.dialog.noCandidates")}</p>
      ) : (
        <div className="field">
          <label htmlFor={personFieldId}>{t("roster.dialog.person")}</label>
          <select id={personFieldId} value={personId} required onChange={(event) => setPersonId(event.target.value)}>
            <option value="">{t("roster.dialog.choosePerson")}</option>
            {candidates.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <DateField label={t("roster.dialog.startDate")} value={startDate} onChange={setStartDate} required />
      <DateField label={t("roster.dialog.endDateOptional")} value={endDate} onChange={setEndDate} />
      <DateField label={t("roster.dialog.decidedOn")} hint={t("roster.dialog.decidedOnHint")} value={decidedOn} onChange={setDecidedOn} />
      <NoteField value={note} onChange={setNote} />
    </ActionDialog>
  );
}
