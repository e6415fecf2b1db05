import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useRosterErrorText } from "../useRosterErrorText.ts";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useModalDialog } from "../../../components/useModalDialog.ts";
import "./dialog.css";

interface ActionDialogProps {
  title: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
  /** Overrides the roster's error texts where a dialog knows better (a stale seat is not a stale policy). */
  describeError?: (error: unknown) => string;
}

/**
 * The confirmation every roster action asks for. A native modal <dialog> traps focus and closes on Escape;
 * useModalDialog gives focus back to the button that opened it, also when the page unmounts the dialog.
 */
export function ActionDialog({ title, confirmLabel, pending, error, onConfirm, onClose, children, describeError }: ActionDialogProps) {
  const { t } = useTranslation();
  const rosterErrorText = useRosterErrorText();
  const errorText = describeError ?? rosterErrorText;
  // Open while mounted: the roster page renders the dialog only while one is asked for.
  const ref = useModalDialog(true);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: close through React state, and not halfway through a save.
        event.preventDefault();
        if (!pending) onClose();
      }}
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {error !== null && error !== undefined && (
          <p className="notice notice--error" role="alert">
            {errorText(error)} <ReloadOnConflict error={error} />
          </p>
        )}
        <div className="dialog__buttons">
          <button type="button" className="button button--secondary" onClick={onClose} disabled={pending}>
            {t("roster.dialog.cancel")}
          </button>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("roster.dialog.saving") : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
