import { useId, useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { useCreateGroup } from "../api/manageGroups.ts";
import { useErrorText } from "../lib/useErrorText.ts";

/** "Werkgroep oprichten" (secretary and board members): name and description; opens the new group's page. */
export function CreateGroupForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const create = useCreateGroup(slug);
  const [open, setOpen] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const description = String(data.get("description") ?? "").trim();
    create.mutate(
      { name: String(data.get("name") ?? "").trim(), ...(description ? { description } : {}) },
      { onSuccess: ({ workingGroup }) => navigate(`/a/${slug}/werkgroepen/${workingGroup.slug}`) },
    );
  }

  if (!open) {
    return (
      <p>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t("workingGroups.manage.create.open")}
        </button>
      </p>
    );
  }
  return (
    <section className="card wg-manage" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("workingGroups.manage.create.title")}</h2>
      <form className="form" onSubmit={handleSubmit} aria-busy={create.isPending}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("workingGroups.manage.create.name")}</label>
          <input id={`${id}-name`} name="name" required autoFocus maxLength={LIMITS.workingGroups.groupName.maxLength} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>{t("workingGroups.manage.create.description")}</label>
          <textarea id={`${id}-description`} name="description" className="wg-input" rows={3} maxLength={LIMITS.workingGroups.groupDescription.maxLength} />
        </div>
        <p className="form__error" role="alert">
          {create.error ? errorText(create.error) : ""}
        </p>
        <div className="wg-manage__buttons">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t("workingGroups.manage.create.saving") : t("workingGroups.manage.create.submit")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
            {t("workingGroups.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
