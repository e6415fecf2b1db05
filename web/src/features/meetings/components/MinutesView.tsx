import { useTranslation } from "react-i18next";
import type { AgendaResponse } from "@afdelingsplanner/shared/schemas";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import type { MeetingRef } from "../api/keys.ts";
import { useAttendance, useDecisions, useMeetingActions } from "../api/minutes.ts";
import { useFormat } from "../lib/useFormat.ts";
import { MinutesDownload } from "./MinutesDownload.tsx";
import { PostponedBadge } from "./PostponedBadge.tsx";

/** Notulen: who was there, each item with its outcome and minutes, the decisions and the actions. Prints on its own. */
export function MinutesView({ meeting, agenda }: { meeting: MeetingRef; agenda: AgendaResponse }) {
  const { t } = useTranslation();
  const format = useFormat();
  const decisions = useDecisions(meeting);
  const actions = useMeetingActions(meeting);
  const attendance = useAttendance(meeting);

  if (decisions.isPending || actions.isPending || attendance.isPending) return <Loading />;
  const failed = decisions.error ?? actions.error ?? attendance.error;
  if (failed || !decisions.data || !actions.data || !attendance.data) {
    return <ErrorState error={failed} onRetry={() => void Promise.all([decisions.refetch(), actions.refetch(), attendance.refetch()])} />;
  }
  const present = attendance.data.people.filter((person) => person.presence === "present").map((person) => person.name);
  const excused = attendance.data.people.filter((person) => person.presence === "excused").map((person) => person.name);
  const guests = attendance.data.guests.map((guest) => guest.name);
  const titleOf = (itemId: string | null) => agenda.items.find((item) => item.id === itemId)?.title;

  return (
    <article className="mtg-minutes-doc" data-testid="minutes">
      <MinutesDownload meeting={meeting} />
      <h2>{t("meetings.minutes.heading", { title: agenda.meeting.title, date: format.longDate(agenda.meeting.date) })}</h2>
      <dl className="mtg-dl">
        <dt>{t("meetings.minutes.present")}</dt>
        <dd>{present.join(", ") || "—"}</dd>
        <dt>{t("meetings.minutes.excused")}</dt>
        <dd>{excused.join(", ") || "—"}</dd>
        {guests.length > 0 && (
          <>
            <dt>{t("meetings.minutes.guests")}</dt>
            <dd>{guests.join(", ")}</dd>
          </>
        )}
      </dl>

      <h3>{t("meetings.minutes.items")}</h3>
      {agenda.items.length === 0 ? (
        <p>{t("meetings.prep.empty")}</p>
      ) : (
        <ol className="mtg-minutes-items">
          {agenda.items.map((item) => (
            <li key={item.id}>
              <p>
                <strong>{item.title}</strong> — {t(`meetings.status.${item.status}`)} <PostponedBadge count={item.postponedCount} flagged={item.oftenPostponed} />
              </p>
              {/* A guest's name must never read as a member's (issue 16 finding 8), as on the agenda and in the PDF. */}
              {item.origin === "guest" && item.proposedBy && (
                <p className="mtg-hint">
                  <span className="mtg-badge" data-testid="guest-badge">
                    {t("meetings.item.guest")}
                  </span>{" "}
                  {t("meetings.item.proposedByGuest", { name: item.proposedBy })}
                </p>
              )}
              {item.minutes ? <p className="mtg-minutes">{item.minutes}</p> : <p className="mtg-hint">{t("meetings.minutes.noMinutes")}</p>}
            </li>
          ))}
        </ol>
      )}

      <h3>{t("meetings.minutes.decisions")}</h3>
      {decisions.data.length === 0 ? (
        <p>{t("meetings.minutes.noDecisions")}</p>
      ) : (
        <ol data-testid="decision-list">
          {decisions.data.map((decision) => (
            <li key={decision.id}>
              {decision.text}
              {titleOf(decision.agendaItemId) && <span className="mtg-hint"> ({titleOf(decision.agendaItemId)})</span>}
            </li>
          ))}
        </ol>
      )}

      <h3>{t("meetings.minutes.actions")}</h3>
      {actions.data.actions.length === 0 ? (
        <p>{t("meetings.minutes.noActions")}</p>
      ) : (
        <table className="mtg-table">
          <thead>
            <tr>
              <th scope="col">{t("meetings.actions.what")}</th>
              <th scope="col">{t("meetings.actions.owner")}</th>
              <th scope="col">{t("meetings.actions.due")}</th>
              <th scope="col">{t("meetings.actions.status")}</th>
            </tr>
          </thead>
          <tbody>
            {actions.data.actions.map((action) => (
              <tr key={action.id}>
                <td>{action.title}</td>
                <td>{action.owner?.name ?? "—"}</td>
                <td>{action.dueDate ? format.date(action.dueDate) : "—"}</td>
                <td>{t(`meetings.actions.state.${action.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
