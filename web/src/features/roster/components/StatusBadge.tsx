import { useTranslation } from "react-i18next";
import type { RosterStatus } from "@afdelingsplanner/shared";

/** The status in words, not only in colour, so it reads the same on screen, in print and to a screen reader. */
export function StatusBadge({ status }: { status: RosterStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status-badge status-badge--${status}`} data-status={status}>
      {t(`roster.status.${status}`)}
    </span>
  );
}
