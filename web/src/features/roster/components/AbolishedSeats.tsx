import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AbolishedSeatView } from "@afdelingsplanner/shared/schemas";
import { useFormatDate } from "../useFormatDate.ts";

/** Opgeheven zetels: gone from the roster, but each with the terms it had, so the history stays readable. */
export function AbolishedSeats({ seats }: { seats: AbolishedSeatView[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = useId();
  if (seats.length === 0) return null;

  return (
    <section className="roster-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("roster.seats.abolishedTitle")}</h2>
      <ul className="abolished-seats">
        {seats.map((seat) => (
          <li key={seat.seatId} data-testid="abolished-seat">
            <strong>{seat.function}</strong>
            {seat.portfolio && <span> ({seat.portfolio})</span>} — {t("roster.seats.abolishedOn", { date: formatDate(seat.abolishedOn) })}
            {seat.terms.length === 0 ? (
              <p className="field__hint">{t("roster.seats.noTerms")}</p>
            ) : (
              <ul>
                {seat.terms.map((term) => (
                  <li key={term.termId}>
                    {t("roster.timeline.term", {
                      name: term.name,
                      kind: t(`roster.timeline.kind.${term.kind}`),
                      start: formatDate(term.startDate),
                      end: formatDate(term.endedEarlyOn ?? term.endDate),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
