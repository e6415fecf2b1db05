import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { OccurrenceView } from "@afdelingsplanner/shared/schemas";
import { useCurrentBranch } from "../../branches/index.ts";
import { wallClock } from "../lib/dates.ts";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";
import { KindBadge } from "./KindBadge.tsx";
import { OccurrenceActions } from "./OccurrenceActions.tsx";

interface OccurrenceCardProps {
  occurrence: OccurrenceView;
  groupName: string | undefined;
  /** Board members get the actions to cancel, move or change this one occurrence. */
  canEdit: boolean;
  /** Print the day too (the list view); the week view already has a column per day. */
  showDay: boolean;
}

export function OccurrenceCard({ occurrence, groupName, canEdit, showDay }: OccurrenceCardProps) {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const format = useCalendarFormat();
  const start = wallClock(occurrence.start);
  const end = wallClock(occurrence.end);
  const cancelled = occurrence.status === "cancelled";
  const time = `${showDay ? `${format.day(start.day)} · ` : ""}${t("calendar.occurrence.time", { start: start.time, end: end.time })}`;
  // "Werkgroep Organizing" needs no "Organizing" after it.
  const group = groupName && !occurrence.title.includes(groupName) ? groupName : undefined;
  const details = [group, occurrence.location, t(`calendar.modes.${occurrence.mode}`)].filter(Boolean).join(" · ");

  return (
    <article
      className={`occ kind--${occurrence.kind} occ--${occurrence.status}`}
      data-testid="occurrence"
      data-status={occurrence.status}
      data-date={occurrence.date}
    >
      <p className="occ__time">{cancelled ? <s>{time}</s> : time}</p>
      <h3 className="occ__title">{cancelled ? <s>{occurrence.title}</s> : occurrence.title}</h3>
      <p className="occ__meta">
        <KindBadge kind={occurrence.kind} />
        {details && <span>{details}</span>}
      </p>
      <OccurrenceStatus occurrence={occurrence} />
      {!cancelled && (
        <p className="occ__meeting">
          <Link to={`/a/${branch.slug}/vergadering/${occurrence.seriesId}/${occurrence.date}`} data-testid="open-meeting">
            {t("meetings.open")}
            <span className="visually-hidden">: {occurrence.title}, {format.day(occurrence.date)}</span>
          </Link>
        </p>
      )}
      {canEdit && <OccurrenceActions occurrence={occurrence} />}
    </article>
  );
}

function OccurrenceStatus({ occurrence }: { occurrence: OccurrenceView }) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const { reason } = occurrence;

  if (occurrence.status === "cancelled") {
    return (
      <p className="occ__status occ__status--cancelled">
        <strong>{t("calendar.occurrence.cancelled")}</strong>
        {reason && `: ${reason}`}
      </p>
    );
  }
  if (occurrence.status === "moved") {
    const start = wallClock(occurrence.start);
    return (
      <p className="occ__status occ__status--moved">
        <strong>{t("calendar.occurrence.moved")}</strong>{" "}
        {t("calendar.occurrence.movedTo", { day: format.day(start.day), time: start.time, planned: format.day(occurrence.date) })}
        {reason && ` · ${reason}`}
      </p>
    );
  }
  if (!reason) return null;
  return (
    <p className="occ__status occ__status--changed">
      <strong>{t("calendar.occurrence.changed")}</strong>: {reason}
    </p>
  );
}
