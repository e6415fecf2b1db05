import { useTranslation } from "react-i18next";
import type { ManagedWorkingGroup } from "@afdelingsplanner/shared/schemas";
import { useSetArchived } from "../api/manageGroups.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";

/** The archive: groups that no longer meet, with a way back for the secretary and board members. */
export function ArchivedGroups({ slug, groups }: { slug: string; groups: ManagedWorkingGroup[] }) {
  const { t } = useTranslation();
  if (groups.length === 0) return null;
  return (
    <section className="wg-archive" aria-labelledby="wg-archive-title">
      <h2 id="wg-archive-title">{t("workingGroups.manage.archive.heading")}</h2>
      <ul className="wg-manage__list">
        {groups.map((group) => (
          <ArchivedGroup key={group.id} slug={slug} group={group} />
        ))}
      </ul>
    </section>
  );
}

function ArchivedGroup({ slug, group }: { slug: string; group: ManagedWorkingGroup }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const restore = useSetArchived(slug, group.id);
  return (
    <li data-testid="archived-group">
      <span className="wg-manage__name">{group.name}</span> <span className="wg-muted">{t("workingGroups.manage.archive.archivedOn", { date: format.date(group.archivedOn ?? "") })}</span>
      {group.you.edit && (
        <button
          type="button"
          className="button button--secondary"
          aria-label={t("workingGroups.manage.archive.restoreLabel", { name: group.name })}
          disabled={restore.isPending}
          onClick={() => restore.mutate({ archive: false, version: group.version })}
        >
          {t("workingGroups.manage.archive.restore")}
        </button>
      )}
      {restore.error && (
        <p className="form__error" role="alert">
          {errorText(restore.error)}
        </p>
      )}
    </li>
  );
}
