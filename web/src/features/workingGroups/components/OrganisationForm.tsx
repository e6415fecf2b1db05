import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationCreateBody, OrganisationType } from "@afdelingsplanner/shared";
import { useCreateOrganisation } from "../api/organisations.ts";
import { ORGANISATION_TYPES } from "../lib/types.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { toType } from "./OrganisationPicker.tsx";

/** Any member may add an organisation to the network register. */
export function OrganisationForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const create = useCreateOrganisation(slug);
  const [name, setName] = useState("");
  const [type, setType] = useState<OrganisationType>("community");
  const [contactNotes, setContactNotes] = useState("");
  const [website, setWebsite] = useState("");
  const [added, setAdded] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: OrganisationCreateBody = { name: name.trim(), type };
    if (contactNotes.trim()) body.contactNotes = contactNotes.trim();
    if (website.trim()) body.website = website.trim();
    create.mutate(body, {
      onSuccess: ({ organisation }) => {
        setAdded(organisation.name);
        setName("");
        setContactNotes("");
        setWebsite("");
      },
    });
  }

  return (
    <form className="form wg-org-form" onSubmit={submit}>
      <div className="wg-inline-fields">
        <div className="field">
          <label htmlFor="org-name">{t("workingGroups.network.name")}</label>
          <input id="org-name" className="wg-input" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="org-type">{t("workingGroups.network.type")}</label>
          <select id="org-type" className="wg-input" value={type} onChange={(event) => setType(toType(event.target.value))}>
            {ORGANISATION_TYPES.map((each) => (
              <option key={each} value={each}>
                {t(`workingGroups.organisationType.${each}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="org-notes">{t("workingGroups.network.contactNotes")}</label>
        <textarea id="org-notes" className="wg-input" rows={3} maxLength={5000} value={contactNotes} onChange={(event) => setContactNotes(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="org-website">{t("workingGroups.network.website")}</label>
        <input id="org-website" className="wg-input" type="url" placeholder="https://" maxLength={500} value={website} onChange={(event) => setWebsite(event.target.value)} />
      </div>
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
