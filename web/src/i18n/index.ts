import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en, nl } from "./resources.ts";

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "afdelingsplanner.language";

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : "nl";
  } catch {
    return "nl"; // storage can be blocked (private mode, strict cookie settings)
  }
}

export function changeLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting is fine: the choice still holds for this visit.
  }
}

// Keep <html lang> in sync so screen readers pronounce the text in the right language.
i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "nl",
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React already escapes
});
