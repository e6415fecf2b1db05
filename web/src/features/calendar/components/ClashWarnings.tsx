import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ClashView } from "@afdelingsplanner/shared/schemas";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";

/** A year of a monthly branch meeting can warn about every month: the first ones, then a count. */
const SHOWN = 12;
const NAMES_SHOWN = 5;

interface ClashWarningsProps {
  clashes: ClashView[];
  /** Puts a suggested date in the form; absent where one date cannot be picked (a recurring series). */
  onUseDate?: (date: string) => void;
  onSaveAnyway: () => void;
  saving: boolean;
}

/**
 * The clashes found before saving, in Dutch, each with the nearest date without it. Warnings never
 * block: "Toch opslaan" saves as it is. Focus moves to the heading so a keyboard user hears them first.
 */
export function ClashWarnings({ clashes, onUseDate, onSaveAnyway, saving }: ClashWarningsProps) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const names = (people: ClashView["people"]) => {
    const shown = people.slice(0, NAMES_SHOWN).map((person) => person.name);
    const rest = people.length - shown.length;
    return rest > 0 ? t("calendar.clashes.namesAndMore", { names: shown.join(", "), count: rest }) : shown.join(", ");
  };
  const message = (clash: ClashView) => {
    const day = format.longDay(clash.date);
    switch (clash.kind) {
      case "public_holiday":
        return t("calendar.clashes.public_holiday", { day, holiday: clash.holiday });
      case "school_holiday":
        return t("calendar.clashes.school_holiday", { day, holiday: clash.holiday });
      case "wrong_week_parity":
        return t(clash.expectedParity === "odd" ? "calendar.clashes.parityOdd" : "calendar.clashes.parityEven", { day, week: Number(clash.week.slice(-2)) });
      case "shared_members_same_evening":
        return t("calendar.clashes.shared_members_same_evening", { day, meeting: clash.meetings.map((meeting) => meeting.title).join(", "), count: clash.count, names: names(clash.people) });
      case "member_week_overloaded":
        return t("calendar.clashes.member_week_overloaded", { day, week: Number(clash.week.slice(-2)), count: clash.count, names: names(clash.people) });
    }
  };

  return (
    <section className="clash-warnings notice" aria-labelledby={`${id}-title`} data-testid="clash-warnings">
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t("calendar.clashes.title", { count: clashes.length })}
      </h2>
      <p>{t("calendar.clashes.intro")}</p>
      <ul className="clash-warnings__list">
        {clashes.slice(0, SHOWN).map((clash, index) => (
          <li key={`${clash.date}-${clash.kind}-${index}`} data-testid="clash" data-kind={clash.kind} data-date={clash.date}>
            <p>{message(clash)}</p>
            {clash.suggestedDate ? (
              <p className="clash-warnings__suggestion">
                {t("calendar.clashes.suggested", { day: format.longDay(clash.suggestedDate) })}{" "}
                {onUseDate && (
                  <button type="button" className="button button--secondary" onClick={() => onUseDate(clash.suggestedDate as string)}>
                    {t("calendar.clashes.useDate", { day: format.day(clash.suggestedDate) })}
                  </button>
                )}
              </p>
            ) : (
              <p className="clash-warnings__suggestion">{t("calendar.clashes.noSuggestion")}</p>
            )}
          </li>
        ))}
      </ul>
      {clashes.length > SHOWN && <p>{t("calendar.clashes.more", { count: clashes.length - SHOWN })}</p>}
      <button type="button" className="button" onClick={onSaveAnyway} disabled={saving} data-testid="save-anyway">
        {saving ? t("calendar.series.saving") : t("calendar.clashes.saveAnyway")}
      </button>
    </section>
  );
}
