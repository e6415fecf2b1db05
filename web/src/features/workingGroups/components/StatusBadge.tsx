import { useTranslation } from "react-i18next";
import type { GoalStatus } from "@afdelingsplanner/shared";

/** The status in words; the colour only repeats it. */
export function StatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`wg-status wg-status--${status}`} data-status={status}>
      {t(`workingGroups.status.${status}`)}
    </span>
  );
}
