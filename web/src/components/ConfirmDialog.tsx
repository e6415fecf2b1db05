import { useId, type ReactNode } from "react";
import { useModalDialog } from "./useModalDialog.ts";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** "danger" for destructive choices (cancel a meeting, delete); "normal" otherwise. */
  tone?: "danger" | "normal";
}

/**
 * A modal <dialog>: the browser traps focus, Escape cancels, and focus returns to the button
 * that opened it (useModalDialog). Focus starts on the safe choice.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel, busy = false, tone = "danger" }: ConfirmDialogProps) {
  const ref = useModalDialog(open);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault(); // React state decides when it closes
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
        <button type="button" className={tone === "danger" ? "button button--danger" : "button"} onClick={onConfirm} disabled={busy} data-testid="confirm">
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
