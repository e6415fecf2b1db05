import { useTranslation } from "react-i18next";

/** "1× doorgeschoven"; from twice on it is flagged, because those items are the ones that delay action. */
export function PostponedBadge({ count, flagged }: { count: number; flagged: boolean }) {
  const { t } = useTranslation();
  if (count < 1) return null;
  return (
    <span className={flagged ? "mtg-badge mtg-badge--flag" : "mtg-badge mtg-badge--postponed"} data-testid="postponed-badge">
      {flagged && <span aria-hidden="true">⚠ </span>}
      {t("meetings.item.postponed", { count })}
    </span>
  );
}
