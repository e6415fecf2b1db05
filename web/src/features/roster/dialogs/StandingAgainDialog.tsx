import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { STANDING_AGAIN_CHOICES, type StandingAgain } from "@afdelingsplanner/shared";
import { type RosterEntry } from "@afdelingsplanner/shared/schemas";
import { useRecordStandingAgain } from "../api/recordStandingAgain.ts";
import { ActionDialog } from "./ActionDialog.tsx";

export function StandingAgainDialog({ slug, entry, onClose }: { slug: string; entry: RosterEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordStandingAgain(slug);
  const [choice, setChoice] = useState<StandingAgain>(entry.standingAgain ?? "undecided");

  return (
    <ActionDialog
      title={t("roster.dialog.standingAgainTitle", { name: entry.name ?? "" })}
      confirmLabel={t("roster.dialog.save")}
      pending={record.isPending}
      error={record.error}
      onClose={onClose}
      onConfirm={() => record.mutate({ seatId: entry.seatId, body: { standingAgain: choice } }, { onSuccess: onClose })}
    >
      <fieldset className="choice-group">
        <legend>{t("roster.dialog.standingAgainLegend")}</legend>
        {STANDING_AGAIN_CHOICES.map((option) => (
          <div key={option} className="choice">
            <input type="radio" id={`${id}-${option}`} name={`${id}-standing-again`} value={option} checked={choice === option} onChange={() => setChoice(option)} />
            <label htmlFor={`${id}-${option}`}>{t(`roster.standingAgain.${option}`)}</label>
          </div>
        ))}
      </fieldset>
    </ActionDialog>
  );
}
