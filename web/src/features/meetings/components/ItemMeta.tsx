import { useTranslation } from "react-i18next";
import type { AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { PostponedBadge } from "./PostponedBadge.tsx";

/** Type, owner, minutes, carry-over count and links of one item: the same line in every view. */
export function ItemMeta({ item }: { item: AgendaItemView }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="mtg-item__meta">
        <span className={`mtg-badge mtg-type--${item.type}`}>{t(`meetings.type.${item.type}`)}</span>
        <span>{item.owner ? item.owner.name : t("meetings.item.noOwner")}</span>
        <span>{t("meetings.item.minutes", { count: item.estimatedMinutes })}</span>
        <PostponedBadge count={item.postponedCount} flagged={item.oftenPostponed} />
        {item.origin === "referred" && <span className="mtg-badge">{t("meetings.item.referred")}</span>}
        {/* A guest's name must never read as a member's (issue 16, finding 8). */}
        {item.origin === "guest" && (
          <span className="mtg-badge" data-testid="guest-badge">
            {t("meetings.item.guest")}
          </span>
        )}
        {item.proposedBy && <span>{t(item.origin === "guest" ? "meetings.item.proposedByGuest" : "meetings.item.proposedBy", { name: item.proposedBy })}</span>}
      </p>
      {item.links.length > 0 && (
        <ul className="mtg-links" aria-label={t("meetings.item.links")}>
          {item.links.map((link) => (
            <li key={link}>
              <a href={link} target="_blank" rel="noreferrer noopener">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
