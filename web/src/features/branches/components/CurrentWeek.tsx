import { useTranslation } from "react-i18next";
import { isoWeekAt } from "@afdelingsplanner/shared";

const PLAN_ORDER = ["odd", "even"] as const;

/** The ISO week in the branch's own time zone, and which half of the two-week rhythm it is. */
export function CurrentWeek({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const { isoWeek, parity } = isoWeekAt(new Date(), timeZone);

  return (
    <>
      <p className="current-week" data-testid="current-week">
        {t("week.label", { week: isoWeek, parity: t(`week.parity.${parity}`) })}
      </p>
      <ul className="rhythm">
        {PLAN_ORDER.map((weekParity) => {
          const isNow = weekParity === parity;
          return (
            <li key={weekParity} className={isNow ? "rhythm__item is-current" : "rhythm__item"} aria-current={isNow || undefined}>
              {t(`week.plan.${weekParity}`)}
              {isNow && <span className="badge badge--now">{t("week.thisWeek")}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
