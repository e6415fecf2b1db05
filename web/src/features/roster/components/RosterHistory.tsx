import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { RosterEventView } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useRosterHistory } from "../api/getRosterHistory.ts";
import { useFormatDate, useFormatInstant } from "../useFormatDate.ts";
import "./history.css";

export function RosterHistory({ slug, timeZone }: { slug: string; timeZone: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatInstant = useFormatInstant(timeZone);
  const headingId = useId();
  const history = useRosterHistory(slug);

  const describe = (event: RosterEventView) => {
    const { details } = event;
    const day = (value: string | undefined) => (value ? formatDate(value) : "—");
    return t(`roster.history.kind.${event.kind}`, {
      name: event.person?.name ?? t("roster.history.unknownPerson"),
      function: event.seatFunction ?? t("roster.table.name").toLowerCase(),
      start: day(details.startDate),
      end: day(details.endDate),
      lastDay: day(details.lastDay),
      abolishedOn: day(details.abolishedOn),
      choice: details.standingAgain ? t(`roster.standingAgain.${details.standingAgain}`).toLowerCase() : "—",
      length: details.policy?.termLengthMonths,
      max: details.policy?.maxConsecutiveTerms,
      window: details.policy?.endingSoonWindowMonths,
    });
  };

  let content;
  if (history.isPending) content = <Loading />;
  else if (history.isError) content = <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  else if (history.data.length === 0) content = <EmptyState>{t("roster.history.empty")}</EmptyState>;
  else {
    content = (
      <ol className="history">
        {history.data.map((event) => (
          <li key={event.id}>
            <time dateTime={event.createdAt}>{formatInstant(event.createdAt)}</time>
            <span>
              {describe(event)}
              {event.details.note && <q className="history__note">{event.details.note}</q>}
              {event.actorName && <span className="history__actor"> · {t("roster.history.by", { name: event.actorName })}</span>}
            </span>
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section className="roster-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("roster.history.title")}</h2>
      {content}
    </section>
  );
}
