import { useTranslation } from "react-i18next";
import type { OrganisationType } from "@afdelingsplanner/shared";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { useOrganisations } from "../api/organisations.ts";
import { ORGANISATION_TYPES } from "../lib/types.ts";

export const NEW_ORGANISATION = "new";

export interface NewOrganisation {
  name: string;
  type: OrganisationType;
}

interface OrganisationPickerProps {
  slug: string;
  value: string;
  onChange: (value: string) => void;
  draft: NewOrganisation;
  onDraftChange: (draft: NewOrganisation) => void;
}

/** Which organisation the conversation was with; "Nieuwe organisatie…" opens two fields in place. */
export function OrganisationPicker({ slug, value, onChange, draft, onDraftChange }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const organisations = useOrganisations(slug);
  return (
    <>
      <div className="field">
        <label htmlFor="wg-log-organisation">{t("workingGroups.log.organisation")}</label>
        <select id="wg-log-organisation" className="wg-input" value={value} required onChange={(event) => onChange(event.target.value)}>
          <option value="">{organisations.isPending ? t("app.loading") : t("workingGroups.log.pickOrganisation")}</option>
          {organisations.data?.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
          <option value={NEW_ORGANISATION}>{t("workingGroups.log.newOrganisation")}</option>
        </select>
      </div>
      {value === NEW_ORGANISATION && (
        <div className="wg-inline-fields">
          <div className="field">
            <label htmlFor="wg-log-org-name">{t("workingGroups.network.name")}</label>
            <input id="wg-log-org-name" className="wg-input" required maxLength={LIMITS.workingGroups.organisationName.maxLength} value={draft.name} onChange={(event) => onDraftChange({ ...draft, name: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="wg-log-org-type">{t("workingGroups.network.type")}</label>
            <select id="wg-log-org-type" className="wg-input" value={draft.type} onChange={(event) => onDraftChange({ ...draft, type: toType(event.target.value) })}>
              {ORGANISATION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`workingGroups.organisationType.${type}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </>
  );
}

export function toType(value: string): OrganisationType {
  return ORGANISATION_TYPES.find((type) => type === value) ?? "other";
}
