import { useEffect, useRef, useState } from "react";

/**
 * A control that turns into its form in place: open() shows the form, close() hides it and puts the focus back
 * on the button that opened it (which React has just rendered again), so a keyboard user stays where they were.
 */
export function useInPlaceEdit() {
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [editing]);
  return {
    editing,
    opener,
    open: () => setEditing(true),
    close: () => {
      returnFocus.current = true;
      setEditing(false);
    },
  };
}
