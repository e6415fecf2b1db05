import { useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ApiError } from "../../../lib/api.ts";
import { useDeleteOrganisation } from "../api/editOrganisation.ts";
import { useErrorText } from "../lib/useErrorText.ts";

interface OrganisationActionsProps {
  slug: string;
  organisation: OrganisationView;
  editButton: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
  onDeleted: (name: string) => void;
}

/** For board members: "Bewerken", and "Verwijderen" after confirming; a 409 means activities with it are logged. */
export function OrganisationActions({ slug, organisation, editButton, onEdit, onDeleted }: OrganisationActionsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteOrganisation(slug, organisation.id);
  const hidden = <span className="visually-hidden"> {organisation.name}</span>;
  const error = remove.error;
  return (
    <>
      <div className="wg-actions">
        <button ref={editButton} type="button" className="button button--secondary" onClick={onEdit}>
          {t("workingGroups.networkEdit.edit")}
          {hidden}
        </button>
        <button type="button" className="button button--secondary" disabled={remove.isPending} onClick={() => setConfirming(true)}>
          {t("workingGroups.networkEdit.delete")}
          {hidden}
        </button>
      </div>
      {error && (
        <p className="wg-error" role="alert">
          {error instanceof ApiError && error.status === 409 ? t("workingGroups.networkEdit.hasActivities", { name: organisation.name }) : errorText(error)}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("workingGroups.networkEdit.confirmDeleteTitle")}
        confirmLabel={t("workingGroups.networkEdit.delete")}
        cancelLabel={t("workingGroups.networkEdit.keep")}
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          // A promise, not mutate's callback: the card is gone by the time the delete succeeds.
          remove.mutateAsync().then(
            () => onDeleted(organisation.name),
            () => undefined, // shown from remove.error
          );
        }}
      >
        <p>{t("workingGroups.networkEdit.confirmDeleteBody", { name: organisation.name })}</p>
      </ConfirmDialog>
    </>
  );
}
