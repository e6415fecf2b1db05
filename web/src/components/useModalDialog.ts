import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * A native modal <dialog> while `open`: showModal() traps focus and Escape fires its cancel event. When it closes,
 * or its component unmounts while open, focus goes back to the control that opened it: the browser does that only
 * for a dialog closed while still in the page, and a page that renders `{open && <Dialog />}` removes it first.
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);
  return ref;
}
