import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { utcOf, type Day } from "./dates.ts";

/** Date formatting in the interface language. Days are printed in UTC from UTC midnight, so no zone can shift them. */
export function useCalendarFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === "en" ? "en-GB" : "nl-NL";
  return useMemo(() => {
    const short = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
    const long = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
    const weekdayShort = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
    const dayMonth = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    const month = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
    return {
      /** "di 5 jan." */
      day: (day: Day) => short.format(utcOf(day)),
      /** "dinsdag 5 januari 2027" */
      longDay: (day: Day) => long.format(utcOf(day)),
      /** "dinsdag" for ISO weekday 1–7 (2024-01-01 was a Monday). */
      weekday: (isoWeekday: number) => weekday.format(utcOf(`2024-01-0${isoWeekday}`)),
      weekdayShort: (isoWeekday: number) => weekdayShort.format(utcOf(`2024-01-0${isoWeekday}`)),
      /** "28 dec. 2026 – 3 jan. 2027" */
      range: (from: Day, to: Day) => dayMonth.formatRange(utcOf(from), utcOf(to)),
      /** "december 2026" */
      month: (day: Day) => month.format(utcOf(day)),
    };
  }, [locale]);
}
