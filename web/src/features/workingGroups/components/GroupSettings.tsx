import { useId, useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { LIMITS, type ManagedWorkingGroup } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useSetArchived, useUpdateGroup } from "../api/manageGroups.ts";
import { useErrorText } from "../lib/useErrorText.ts";

/** Rename, describe and archive a group (secretary and board members). */
export function GroupSettings({ slug, group }: { slug: string; group: ManagedWorkingGroup }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const update = useUpdateGroup(slug, group.id);
  const archive = useSetArchived(slug, group.id);
  const [confirming, setConfirming] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    update.mutate({ version: group.version, name: String(data.get("name") ?? "").trim(), description: String(data.get("description") ?? "").trim() });
  }

  return (
    <section className="card wg-manage" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("workingGroups.manage.edit.title")}</h2>
      <div role="status">{update.isSuccess && <p className="notice">{t("workingGroups.manage.edit.saved")}</p>}</div>
      {/* Keyed by version: after a save (or a reload) the fields show what the server has. */}
      <form key={group.version} className="form" onSubmit={handleSubmit} aria-busy={update.isPending}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("workingGroups.manage.create.name")}</label>
          <input id={`${id}-name`} name="name" required maxLength={LIMITS.workingGroups.groupName.maxLength} defaultValue={group.name} aria-describedby={`${id}-slug`} />
          <p id={`${id}-slug`} className="wg-muted">
            {t("workingGroups.manage.edit.slugNote")}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>{t("workingGroups.manage.create.description")}</label>
          <textarea id={`${id}-description`} name="description" className="wg-input" rows={3} maxLength={LIMITS.workingGroups.groupDescription.maxLength} defaultValue={group.description} />
        </div>
        <p className="form__error" role="alert">
          {update.error ? errorText(update.error) : archive.error ? errorText(archive.error) : ""}
        </p>
        <ReloadOnConflict error={update.error ?? archive.error} />
        <div className="wg-manage__buttons">
          <button type="submit" className="button" disabled={update.isPending}>
            {t("workingGroups.manage.edit.submit")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t("workingGroups.manage.archive.button")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t("workingGroups.manage.archive.title", { name: group.name })}
        confirmLabel={t("workingGroups.manage.archive.button")}
        cancelLabel={t("workingGroups.cancel")}
        busy={archive.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          // mutateAsync, not mutate's callbacks: the refreshed overview no longer has the group, so this page
          // unmounts before mutate's onSuccess would run. A refusal shows through archive.error.
          archive
            .mutateAsync({ archive: true, version: group.version })
            .then(() => navigate(`/a/${slug}/werkgroepen`))
            .catch(() => setConfirming(false));
        }}
      >
        {t("workingGroups.manage.archive.body")}
      </ConfirmDialog>
    </section>
  );
}
