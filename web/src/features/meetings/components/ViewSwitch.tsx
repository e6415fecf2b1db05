import { Link, useLocation } from "react-router-dom";
import { useTranslation } from "react-i18next";

export const VIEWS = ["voorbereiding", "vergadering", "notulen"] as const;
export type MeetingViewName = (typeof VIEWS)[number];

export const viewOf = (value: string | null): MeetingViewName => VIEWS.find((view) => view === value) ?? "voorbereiding";

/** The three views as links (?weergave=…): shareable, and plain links need no arrow-key handling. */
export function ViewSwitch({ current }: { current: MeetingViewName }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav className="mtg-views mtg-no-print" aria-label={t("meetings.views.label")}>
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <Link to={`${pathname}?weergave=${view}`} aria-current={view === current ? "page" : undefined} replace>
              {t(`meetings.views.${view}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
