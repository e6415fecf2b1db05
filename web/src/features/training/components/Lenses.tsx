import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type LensView } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useAddLens, useRenameLens } from "../api/training.ts";
import { RenameControl } from "./RenameControl.tsx";

/** Board members: a lens of the branch's own, next to the five every branch has. */
export function LensForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeError();
  const add = useAddLens(slug);
  const [name, setName] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    add.mutate({ name: name.trim() }, { onSuccess: () => setName("") });
  }
  return (
    <form className="training-inline" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-lens`}>{t("training.lensForm.name")}</label>
        <input id={`${id}-lens`} maxLength={LIMITS.training.lensName.maxLength} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        {t("training.lensForm.add")}
      </button>
      {add.isError && (
        <p className="training-error" role="alert">
          {describe(add.error)}
        </p>
      )}
    </form>
  );
}

function OwnLens({ slug, lens }: { slug: string; lens: LensView & { id: string; version: number } }) {
  const rename = useRenameLens(slug);
  return (
    <li className="training-own-lens" data-testid="training-lens">
      <span>{lens.key}</span>
      <RenameControl name={lens.key} maxLength={LIMITS.training.lensName.maxLength} write={rename} onRename={(name, done) => rename.mutate({ id: lens.id, name, version: lens.version }, { onSuccess: done })} />
    </li>
  );
}

/** Board members: the branch's own lenses, each renamed in place (the sessions that covered it follow). */
export function OwnLenses({ slug, lenses }: { slug: string; lenses: readonly LensView[] }) {
  const { t } = useTranslation();
  const own = lenses.flatMap((lens) => (lens.id !== null && lens.version !== null ? [{ ...lens, id: lens.id, version: lens.version }] : []));
  if (own.length === 0) return null;
  return (
    <>
      <h2 className="training-subheading">{t("training.lensForm.own")}</h2>
      <ul className="training-own-lenses">
        {own.map((lens) => (
          <OwnLens key={lens.id} slug={slug} lens={lens} />
        ))}
      </ul>
    </>
  );
}
