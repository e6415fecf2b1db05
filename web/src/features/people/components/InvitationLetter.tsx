import { useTranslation } from "react-i18next";
import type { InvitationLetter as Letter } from "@afdelingsplanner/shared/schemas";

/** The printable letter for someone without email: the code and where to enter it. The print stylesheet shows only this block. */
export function InvitationLetter({ letter, name, branch }: { letter: Letter; name: string; branch: string }) {
  const { t } = useTranslation();
  return (
    <section className="invitation-letter card" data-testid="invitation-letter" aria-labelledby="invitation-letter-heading">
      <h2 id="invitation-letter-heading">{t("people.letter.heading", { branch })}</h2>
      <p>{t("people.letter.greeting", { name })}</p>
      <p>{t("people.letter.body", { branch })}</p>
      <dl className="invitation-letter__details">
        <dt>{t("people.letter.url")}</dt>
        <dd>{letter.url}</dd>
        <dt>{t("people.letter.code")}</dt>
        <dd className="invitation-letter__code" data-testid="letter-code">
          {letter.code}
        </dd>
      </dl>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t("people.letter.print")}
      </button>
    </section>
  );
}
