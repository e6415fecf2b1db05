import { useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { useDeleteGoal } from "../api/deleteGoal.ts";
import { useErrorText } from "../lib/useErrorText.ts";

interface GoalActionsProps {
  slug: string;
  goal: GoalView;
  editButton: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
  onMessage: (message: string) => void;
  onDeleted: () => void;
}

/** "Bewerken" and "Verwijderen" (after confirming) for whoever manages the group. */
export function GoalActions({ slug, goal, editButton, onEdit, onMessage, onDeleted }: GoalActionsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteGoal(slug, goal.workingGroupId, goal.id);
  const hidden = <span className="visually-hidden"> {goal.title}</span>;
  return (
    <>
      <div className="wg-actions">
        <button ref={editButton} type="button" className="button button--secondary" onClick={onEdit}>
          {t("workingGroups.goalEditor.edit")}
          {hidden}
        </button>
        <button type="button" className="button button--secondary" disabled={remove.isPending} onClick={() => setConfirming(true)}>
          {t("workingGroups.goalEditor.delete")}
          {hidden}
        </button>
      </div>
      {remove.isError && (
        <p className="wg-error" role="alert">
          {errorText(remove.error)}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("workingGroups.goalEditor.confirmDeleteTitle")}
        confirmLabel={t("workingGroups.goalEditor.delete")}
        cancelLabel={t("workingGroups.goalEditor.keep")}
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          // A promise, not mutate's callback: the card is gone by the time the delete succeeds.
          remove.mutateAsync().then(
            () => {
              onMessage(t("workingGroups.goalEditor.deleted", { title: goal.title }));
              onDeleted();
            },
            () => undefined, // shown from remove.error
          );
        }}
      >
        <p>{t("workingGroups.goalEditor.confirmDeleteBody", { title: goal.title })}</p>
      </ConfirmDialog>
    </>
  );
}
