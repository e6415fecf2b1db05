import { useMemo } from "react";
import { useTranslation } from "react-i18next";

const LOCALES = { nl: "nl-NL", en: "en-GB" } as const;

export interface MeetingFormatters {
  /** "dinsdag 1 december 2026" */
  longDate: (isoDate: string) => string;
  /** "1 dec 2026" */
  date: (isoDate: string) => string;
  /** "19:30" from a local date-time "2026-12-01T19:30". */
  time: (localDateTime: string) => string;
}

/** Days in the interface language; formatted in UTC, because they name a day, not a moment. */
export function useFormat(): MeetingFormatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === "en" ? LOCALES.en : LOCALES.nl;
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const short = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    const day = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
    return {
      longDate: (isoDate) => long.format(day(isoDate)),
      date: (isoDate) => short.format(day(isoDate)),
      time: (localDateTime) => localDateTime.slice(11, 16),
    };
  }, [locale]);
}
