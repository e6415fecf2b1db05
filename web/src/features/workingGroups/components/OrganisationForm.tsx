import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationCreateBody } from "@afdelingsplanner/shared/schemas";
import { useCreateOrganisation } from "../api/organisations.ts";
import { useOrganisationErrorText } from "../lib/useOrganisationErrorText.ts";
import { OrganisationFields, type OrganisationDraft } from "./OrganisationFields.tsx";

const EMPTY: OrganisationDraft = { name: "", type: "community", contactNotes: "", website: "" };

/** Any member may add an organisation to the network register. */
export function OrganisationForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const errorText = useOrganisationErrorText();
  const create = useCreateOrganisation(slug);
  const [draft, setDraft] = useState(EMPTY);
  const [added, setAdded] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: OrganisationCreateBody = { name: draft.name.trim(), type: draft.type };
    if (draft.contactNotes.trim()) body.contactNotes = draft.contactNotes.trim();
    if (draft.website.trim()) body.website = draft.website.trim();
    create.mutate(body, {
      onSuccess: ({ organisation }) => {
        setAdded(organisation.name);
        setDraft({ ...EMPTY, type: draft.type });
      },
    });
  }

  return (
    <form className="form wg-org-form" onSubmit={submit}>
      <OrganisationFields id="org" draft={draft} onChange={(patch) => setDraft((old) => ({ ...old, ...patch }))} />
      <div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t("workingGroups.log.saving") : t("workingGroups.network.add")}
        </button>
      </div>
      <div role="status">{added && <p className="notice">{t("workingGroups.network.added", { name: added })}</p>}</div>
      {create.isError && (
        <p className="wg-error" role="alert">
          {errorText(create.error)}
        </p>
      )}
    </form>
  );
}
