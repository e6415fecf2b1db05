import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormFooter } from "./FormFooter.tsx";
import { useInPlaceEdit } from "../lib/useInPlaceEdit.ts";

interface RenameControlProps {
  /** The current name: the form starts with it, and the button names it for screen readers. */
  name: string;
  maxLength: number;
  /** The write's state (a react-query mutation). */
  write: { isPending: boolean; error: Error | null; reset: () => void };
  /** Saves the new name; calls done() once it is saved. */
  onRename: (name: string, done: () => void) => void;
}

/** "Naam wijzigen" for a topic, a lens or a wijk: a small form in place; Escape or Annuleren closes it, and focus returns to the button. */
export function RenameControl({ name, maxLength, write, onRename }: RenameControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const { editing, opener, open, close } = useInPlaceEdit();
  const [value, setValue] = useState(name);
  function cancel() {
    write.reset();
    close();
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) return;
    if (trimmed === name) return cancel();
    onRename(trimmed, close);
  }
  if (!editing) {
    return (
      <button
        ref={opener}
        type="button"
        className="button button--secondary"
        onClick={() => {
          setValue(name);
          open();
        }}
      >
        {t("training.rename.button")}
        <span className="visually-hidden">: {name}</span>
      </button>
    );
  }
  return (
    <form className="training-inline" onSubmit={submit} onKeyDown={(event) => event.key === "Escape" && cancel()} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("training.rename.newName", { name })}</label>
        <input id={`${id}-name`} autoFocus required maxLength={maxLength} value={value} onChange={(event) => setValue(event.target.value)} />
      </div>
      <FormFooter error={write.error} busy={write.isPending} saveLabel={t("training.rename.save")} onCancel={cancel} />
    </form>
  );
}
