import { useTranslation } from "react-i18next";
import type { RosterEntry, RosterResponse } from "@afdelingsplanner/shared/schemas";
import type { SeatAction } from "../dialogs/RosterDialog.tsx";
import { useFormatDate } from "../useFormatDate.ts";
import { RowActions } from "./RowActions.tsx";
import { ScrollRegion } from "./ScrollRegion.tsx";
import { StatusBadge } from "./StatusBadge.tsx";

interface RosterTableProps {
  roster: RosterResponse;
  /** Given only to board members looking at today's roster. */
  onAction?: (kind: SeatAction, entry: RosterEntry) => void;
}

/** The plan's table: Bestuurslid, Functie, Portefeuille, Start termijn, Einde termijn, Aantal keer herbenoemd, plus the status. */
export function RosterTable({ roster, onAction }: RosterTableProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const date = (value: string | null) => (value === null ? "—" : formatDate(value));
  const caption = t("roster.table.caption", { date: formatDate(roster.asOf) });

  return (
    <ScrollRegion label={caption}>
      <table className="data-table roster-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("roster.table.name")}</th>
            <th scope="col">{t("roster.table.function")}</th>
            <th scope="col">{t("roster.table.portfolio")}</th>
            <th scope="col">{t("roster.table.start")}</th>
            <th scope="col">{t("roster.table.end")}</th>
            <th scope="col">{t("roster.table.reappointments")}</th>
            <th scope="col">{t("roster.table.status")}</th>
            {onAction && (
              <th scope="col" className="no-print">
                {t("roster.table.actions")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {roster.entries.map((entry) => (
            <tr key={entry.seatId} data-testid="roster-row" data-status={entry.status}>
              <th scope="row">
                {entry.name ?? <em>{t("roster.table.vacant")}</em>}
                {entry.termKind === "interim" && <span className="role-tag"> ({t("roster.table.interimTerm")})</span>}
              </th>
              <td>{entry.function}</td>
              <td>{entry.portfolio || "—"}</td>
              <td className="cell-date">{date(entry.termStart)}</td>
              <td className="cell-date">
                {date(entry.termEnd)}
                {entry.nextTermStart && <span className="cell-note">{t("roster.table.nextTerm", { date: formatDate(entry.nextTermStart) })}</span>}
              </td>
              <td>{entry.personId === null ? "—" : t("roster.table.reappointedCount", { count: entry.reappointments })}</td>
              <td>
                <StatusBadge status={entry.status} />
                {entry.standingAgain && <span className="cell-note">{t(`roster.standingAgain.${entry.standingAgain}`)}</span>}
              </td>
              {onAction && (
                <td className="no-print">
                  <RowActions entry={entry} policy={roster.policy} today={roster.asOf} onAction={onAction} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
