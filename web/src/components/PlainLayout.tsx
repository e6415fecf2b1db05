import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

/** Layout for pages outside a branch (login, 404, loading): same landmarks as the app shell, no navigation. */
export function PlainLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <Link to="/" className="app-name">
            {t("app.name")}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page page--narrow">
        {children}
      </main>
    </>
  );
}
