import { useMemo } from "react";
import { useTranslation } from "react-i18next";

const LOCALES = { nl: "nl-NL", en: "en-GB" } as const;

export interface Formatters {
  /** "21 november 2026" */
  date: (isoDate: string) => string;
  /** "21 nov" */
  shortDate: (isoDate: string) => string;
  /** "november 2026" */
  month: (isoDate: string) => string;
  number: (value: number) => string;
}

/** Days and numbers in the interface language; days in UTC, because they name a day, not a moment. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === "en" ? LOCALES.en : LOCALES.nl;
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const short = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
    const month = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const day = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
    return {
      date: (isoDate) => long.format(day(isoDate)),
      shortDate: (isoDate) => short.format(day(isoDate)),
      month: (isoDate) => month.format(day(isoDate)),
      number: (value) => number.format(value),
    };
  }, [locale]);
}
