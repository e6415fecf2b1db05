import { useTranslation } from "react-i18next";
import type { WeekParity } from "@afdelingsplanner/shared";

/** "Week 53 · oneven", with the parity styled so odd and even weeks are told apart at a glance. */
export function WeekLabel({ week, parity }: { week: number; parity: WeekParity }) {
  const { t } = useTranslation();
  return (
    <span className={`week-label week-label--${parity}`} data-week={week} data-parity={parity}>
      {t("week.label", { week, parity: t(`week.parity.${parity}`) })}
    </span>
  );
}
