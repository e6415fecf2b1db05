import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";

interface DeleteControlProps {
  /** What goes, for screen readers next to "Verwijderen". */
  name: string;
  title: string;
  /** What deleting it means, in the dialog. */
  body: string;
  /** The write's state (a react-query mutation). */
  write: { isPending: boolean; error: Error | null };
  /** Deletes it; calls done() when the answer is in, which closes the dialog. */
  onDelete: (done: () => void) => void;
}

/** "Verwijderen" for a session or a wijk, only after confirming in a dialog; the server's refusal by its code. */
export function DeleteControl({ name, title, body, write, onDelete }: DeleteControlProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
        {t("training.delete.button")}
        <span className="visually-hidden">: {name}</span>
      </button>
      {write.error && (
        <p className="training-error" role="alert">
          {describe(write.error)}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={title}
        confirmLabel={t("training.delete.confirm")}
        cancelLabel={t("training.delete.keep")}
        busy={write.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => onDelete(() => setConfirming(false))}
      >
        <p>{body}</p>
      </ConfirmDialog>
    </>
  );
}
