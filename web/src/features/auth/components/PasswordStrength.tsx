import { useTranslation } from "react-i18next";
import type { PasswordCheckResponse } from "@afdelingsplanner/shared/schemas";
import "./passwordStrength.css";

const LEVELS = ["tooWeak", "tooWeak", "weak", "good", "strong"] as const;

/**
 * What the server thinks of the new password being typed: a bar, one word, and zxcvbn's warning and
 * suggestions in the page's language. Announced politely, so a screen reader hears it after a pause.
 */
export function PasswordStrength({ id, verdict, empty }: { id: string; verdict: PasswordCheckResponse | undefined; empty: boolean }) {
  const { t } = useTranslation();
  const level = verdict ? (verdict.ok ? LEVELS[verdict.score] : "tooWeak") : null;
  return (
    <div id={id} className="password-strength" aria-live="polite" data-testid="password-strength">
      {!empty && verdict && level && (
        <>
          <div className={`password-strength__bar password-strength__bar--${level}`} aria-hidden="true">
            <span style={{ width: `${((verdict.ok ? verdict.score : Math.min(verdict.score, 2)) + 1) * 20}%` }} />
          </div>
          <p className="password-strength__verdict">
            {verdict.ok ? t("passwords.strength.ok", { level: t(`passwords.strength.${level}`) }) : t("passwords.strength.notOk")}
          </p>
          {verdict.feedback.warning && <p className="password-strength__warning">{verdict.feedback.warning}</p>}
          {verdict.feedback.suggestions.length > 0 && (
            <ul className="password-strength__suggestions">
              {verdict.feedback.suggestions.map((suggestion) => (
                <li key={suggestion}>{suggestion}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
