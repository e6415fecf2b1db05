import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationUpdateBody, OrganisationView } from "@afdelingsplanner/shared/schemas";
import { useUpdateOrganisation } from "../api/editOrganisation.ts";
import { useOrganisationErrorText } from "../lib/useOrganisationErrorText.ts";
import { OrganisationFields, type OrganisationDraft } from "./OrganisationFields.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";

interface OrganisationEditFormProps {
  slug: string;
  organisation: OrganisationView;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** Board members correct an organisation's details; on an error everything typed stays. */
export function OrganisationEditForm({ slug, organisation, onSaved, onCancel }: OrganisationEditFormProps) {
  const { t } = useTranslation();
  const errorText = useOrganisationErrorText();
  const id = useId();
  const update = useUpdateOrganisation(slug, organisation.id);
  const [draft, setDraft] = useState<OrganisationDraft>({
    name: organisation.name,
    type: organisation.type,
    contactNotes: organisation.contactNotes,
    website: organisation.website ?? "",
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: OrganisationUpdateBody = {
      name: draft.name.trim(),
      type: draft.type,
      contactNotes: draft.contactNotes.trim(),
      website: draft.website.trim() || null,
      version: organisation.version,
    };
    update.mutate(body, { onSuccess: (data) => onSaved(data.organisation.name) });
  }

  return (
    <form className="form wg-org-form" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`} className="wg-goal-form__heading">
        {t("workingGroups.networkEdit.editTitle", { name: organisation.name })}
      </h3>
      <OrganisationFields id={id} draft={draft} onChange={(patch) => setDraft((old) => ({ ...old, ...patch }))} />
      {update.isError && (
        <p className="wg-error" role="alert">
          {errorText(update.error)} <ReloadOnConflict error={update.error} />
        </p>
      )}
      <div className="wg-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t("workingGroups.goalEditor.saving") : t("workingGroups.networkEdit.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("workingGroups.cancel")}
        </button>
      </div>
    </form>
  );
}
