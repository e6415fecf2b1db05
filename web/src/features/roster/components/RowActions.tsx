import { useTranslation } from "react-i18next";
import { planReappointment } from "@afdelingsplanner/shared";
import { type RosterEntry, type TermPolicyView } from "@afdelingsplanner/shared/schemas";
import type { SeatAction } from "../dialogs/RosterDialog.tsx";

interface RowActionsProps {
  entry: RosterEntry;
  policy: TermPolicyView;
  today: string;
  onAction: (kind: SeatAction, entry: RosterEntry) => void;
}

/** The actions that make sense for this row today. Each button names the person, so a screen reader hears whom it is for. */
export function RowActions({ entry, policy, today, onAction }: RowActionsProps) {
  const { t } = useTranslation();
  const who = <span className="visually-hidden"> {entry.name ?? entry.function}</span>;
  const button = (kind: SeatAction) => (
    <button type="button" className="button button--small button--secondary" onClick={() => onAction(kind, entry)}>
      {t(`roster.actions.${kind}`)}
      {who}
    </button>
  );

  if (entry.status === "vacant") return <div className="row-actions">{button("interim")}</div>;
  const reappointment = planReappointment(entry, policy, today);
  return (
    <div className="row-actions">
      {reappointment.ok && button("reappoint")}
      {!reappointment.ok && reappointment.problem === "term_limit" && <span className="row-actions__note">{t("roster.table.termLimit")}</span>}
      {button("standingAgain")}
      {button("departure")}
    </div>
  );
}
