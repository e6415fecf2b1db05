import { useMemo } from "react";
import { useTranslation } from "react-i18next";

const LOCALES = { nl: "nl-NL", en: "en-GB" } as const;

/**
 * Formats calendar days ("2024-08-21" → "21 augustus 2024") in the interface language. The day is
 * formatted in UTC, because it names a day, not a moment: no viewer's time zone may shift it.
 */
export function useFormatDate(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === "en" ? LOCALES.en : LOCALES.nl;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    return (isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`));
  }, [locale]);
}

/** A moment (a history entry) as the day it was in the branch's time zone. */
export function useFormatInstant(timeZone: string): (instant: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === "en" ? LOCALES.en : LOCALES.nl;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone });
    return (instant: string) => format.format(new Date(instant));
  }, [locale, timeZone]);
}
