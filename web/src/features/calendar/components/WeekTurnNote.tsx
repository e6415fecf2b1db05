import { useTranslation } from "react-i18next";
import { week53YearsBetween, type Day } from "../lib/dates.ts";

/** Says it plainly when the days in view include the turn of a 53-week year: two odd weeks in a row. */
export function WeekTurnNote({ from, to }: { from: Day; to: Day }) {
  const { t } = useTranslation();
  const years = week53YearsBetween(from, to);
  if (years.length === 0) return null;
  return (
    <>
      {years.map((year) => (
        <p key={year} className="notice week-turn-note" data-testid="week53-note">
          {t("calendar.week53", { year })}
        </p>
      ))}
    </>
  );
}
