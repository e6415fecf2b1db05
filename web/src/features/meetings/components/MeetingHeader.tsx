import { useTranslation } from "react-i18next";
import type { AgendaResponse } from "@afdelingsplanner/shared/schemas";
import { useFormat } from "../lib/useFormat.ts";

/** Title, day and time, who prepares the agenda, and what the signed-in person may do here. */
export function MeetingHeader({ agenda }: { agenda: AgendaResponse }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { meeting, permissions } = agenda;
  const who = meeting.preparer ? t("meetings.header.preparer", { name: meeting.preparer.name }) : t("meetings.header.noPreparer");
  let may = t("meetings.header.mayView");
  if (permissions.editAgenda) may = t("meetings.header.mayEdit");
  else if (permissions.manageActions) may = t("meetings.header.mayActions");
  else if (permissions.propose) may = t("meetings.header.mayPropose");
  return (
    <header className="mtg-header">
      <h1>{meeting.title}</h1>
      <p className="mtg-header__when">
        {format.longDate(meeting.date)} · {t("meetings.header.time", { start: format.time(meeting.start), end: format.time(meeting.end) })}
        {meeting.status === "cancelled" && <strong> · {t("meetings.header.cancelled")}</strong>}
        {meeting.status === "moved" && <span> · {t("meetings.header.moved", { date: format.longDate(meeting.start) })}</span>}
      </p>
      <p className="mtg-hint mtg-no-print">
        {who} {may}
      </p>
    </header>
  );
}
