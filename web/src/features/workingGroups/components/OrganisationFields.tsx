import { useTranslation } from "react-i18next";
import type { OrganisationType } from "@afdelingsplanner/shared";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { ORGANISATION_TYPES } from "../lib/types.ts";
import { toType } from "./OrganisationPicker.tsx";

export interface OrganisationDraft {
  name: string;
  type: OrganisationType;
  contactNotes: string;
  website: string;
}

interface OrganisationFieldsProps {
  /** Prefix of the inputs' ids: unique on the page. */
  id: string;
  draft: OrganisationDraft;
  onChange: (patch: Partial<OrganisationDraft>) => void;
}

/** Name, type, contact notes and website: for adding an organisation and for editing one. */
export function OrganisationFields({ id, draft, onChange }: OrganisationFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="wg-inline-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("workingGroups.network.name")}</label>
          <input id={`${id}-name`} className="wg-input" required maxLength={LIMITS.workingGroups.organisationName.maxLength} value={draft.name} onChange={(event) => onChange({ name: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t("workingGroups.network.type")}</label>
          <select id={`${id}-type`} className="wg-input" value={draft.type} onChange={(event) => onChange({ type: toType(event.target.value) })}>
            {ORGANISATION_TYPES.map((each) => (
              <option key={each} value={each}>
                {t(`workingGroups.organisationType.${each}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t("workingGroups.network.contactNotes")}</label>
        <textarea id={`${id}-notes`} className="wg-input" rows={3} maxLength={LIMITS.workingGroups.organisationNotes.maxLength} value={draft.contactNotes} onChange={(event) => onChange({ contactNotes: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-website`}>{t("workingGroups.network.website")}</label>
        <input
          id={`${id}-website`}
          className="wg-input"
          type="url"
          placeholder="https://"
          maxLength={LIMITS.workingGroups.organisationWebsite.maxLength}
          pattern="https?://\S+"
          value={draft.website}
          onChange={(event) => onChange({ website: event.target.value })}
        />
      </div>
    </>
  );
}
