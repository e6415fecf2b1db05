import { useTranslation } from "react-i18next";
import type { ActivityView } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { useFormat } from "../lib/useFormat.ts";

/** The latest activities, newest first. */
export function ActivityList({ activities }: { activities: ActivityView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (activities.length === 0) return <EmptyState>{t("workingGroups.activity.none")}</EmptyState>;
  return (
    <ul className="wg-activity-list" data-testid="activity-list">
      {activities.map((activity) => (
        <li key={activity.id}>
          <span className="wg-activity-list__date">{format.shortDate(activity.date)}</span>
          <span>
            <strong>{t(`workingGroups.activityType.${activity.type}`)}</strong>
            {activity.type === "social_posts" && <> ({activity.count})</>}
            {activity.organisationName && <> · {activity.organisationName}</>}
            {activity.personName && <span className="wg-muted"> · {activity.personName}</span>}
            {activity.note && <span className="wg-activity-list__note">{activity.note}</span>}
            {activity.link && (
              <a href={activity.link} className="wg-activity-list__note" rel="noreferrer noopener" target="_blank">
                {t("workingGroups.activity.link")}
              </a>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
