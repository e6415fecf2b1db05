import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type BoardSeatView } from "@afdelingsplanner/shared/schemas";
import { ApiError } from "../../../lib/api.ts";
import { useAddSeat, useUpdateSeat } from "../api/seats.ts";
import { useRosterErrorText } from "../useRosterErrorText.ts";
import { ActionDialog } from "./ActionDialog.tsx";

interface SeatDialogProps {
  slug: string;
  /** The seat to change; without one the dialog adds a new, vacant seat. */
  seat?: BoardSeatView;
  onClose: () => void;
}

/** Zetel toevoegen / Zetel wijzigen: the seat's function, portfolio and responsibilities. */
export function SeatDialog({ slug, seat, onClose }: SeatDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const rosterErrorText = useRosterErrorText();
  const add = useAddSeat(slug);
  const update = useUpdateSeat(slug);
  const mutation = seat ? update : add;
  const [values, setValues] = useState({ function: seat?.function ?? "", portfolio: seat?.portfolio ?? "", responsibilities: seat?.responsibilities ?? "" });
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }));
  const body = { function: values.function.trim(), portfolio: values.portfolio.trim(), responsibilities: values.responsibilities.trim() };

  const save = () => {
    if (seat) update.mutate({ seatId: seat.seatId, body: { ...body, version: seat.version } }, { onSuccess: onClose });
    else add.mutate(body, { onSuccess: onClose });
  };

  return (
    <ActionDialog
      title={seat ? t("roster.seats.editTitle", { function: seat.function }) : t("roster.seats.addTitle")}
      confirmLabel={seat ? t("roster.dialog.save") : t("roster.seats.add")}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onConfirm={save}
      describeError={(error) => (error instanceof ApiError && error.code === "STALE_VERSION" ? t("roster.seats.stale") : rosterErrorText(error))}
    >
      {!seat && <p>{t("roster.seats.addBody")}</p>}
      <div className="field">
        <label htmlFor={`${id}-function`}>{t("roster.seats.function")}</label>
        <input
          id={`${id}-function`}
          type="text"
          required
          minLength={LIMITS.board.seatFunction.minLength}
          maxLength={LIMITS.board.seatFunction.maxLength}
          aria-describedby={`${id}-function-hint`}
          value={values.function}
          onChange={set("function")}
        />
        <p id={`${id}-function-hint`} className="field__hint">
          {t("roster.seats.functionHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-portfolio`}>{t("roster.seats.portfolio")}</label>
        <input id={`${id}-portfolio`} type="text" maxLength={LIMITS.board.seatPortfolio.maxLength} value={values.portfolio} onChange={set("portfolio")} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-responsibilities`}>{t("roster.seats.responsibilities")}</label>
        <textarea id={`${id}-responsibilities`} rows={3} maxLength={LIMITS.board.seatResponsibilities.maxLength} value={values.responsibilities} onChange={set("responsibilities")} />
      </div>
    </ActionDialog>
  );
}
