import type { ReactNode } from "react";
import { Link, NavLink } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { BranchMembership } from "@afdelingsplanner/shared/schemas";
import { useCurrentUser } from "../features/auth/useAuth.ts";
import { useLogout } from "../features/auth/api/logout.ts";
import { ADMIN_BRANCHES_PATH } from "../features/admin/index.ts";
import { BranchSwitcher } from "./BranchSwitcher.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

const SECTIONS = [
  { path: "agenda", label: "nav.agenda" },
  { path: "bestuur", label: "nav.board" },
  { path: "werkgroepen", label: "nav.workingGroups" },
  { path: "leden", label: "people.nav" },
  { path: "netwerk", label: "workingGroups.nav.network" },
  { path: "plan", label: "workingGroups.nav.plan" },
  { path: "scholing", label: "training.nav" },
  { path: "wijken", label: "training.wijken.nav" },
  { path: "rooster", label: "nav.roster" },
  { path: "actielijst", label: "meetings.nav.actions" },
] as const;

/** Only for the secretary, who answers requests to attend a board meeting. */
const SECRETARY_SECTIONS = [{ path: "aanvragen", label: "meetings.nav.requests" }] as const;

/** Only for board members (and a platform admin reading along): the audit log (logboek). */
const BOARD_SECTIONS = [{ path: "logboek", label: "auditLog.nav" }] as const;

/** Only for the secretary (and a platform admin reading along): the outgoing mail, with invitation links while mail is off. */
const OUTBOX_SECTIONS = [{ path: "uitgaande-mail", label: "notifications.nav" }] as const;

/** Header, navigation and <main> for signed-in pages. Without a branch (none yet, or still loading) it has no nav. */
export function AppShell({ branch, children }: { branch?: BranchMembership; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const home = branch ? `/a/${branch.slug}` : "/";

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <Link to={home} className="app-name">
            {t("app.name")}
          </Link>
          {branch && (
            <span className="branch-name" data-testid="branch-name">
              {branch.name}
            </span>
          )}
          {branch && user.branches.length > 1 && <BranchSwitcher current={branch.slug} branches={user.branches} />}
          <div className="user-menu" data-testid="user-menu" role="group" aria-label={t("userMenu.label")}>
            <span className="user-menu__name">{user.name}</span>
            <Link to="/account" className="user-menu__account" data-testid="account-link">
              {t("account.menuLink")}
            </Link>
            {branch?.personId && (
              <Link to={`${home}/meldingen`} className="user-menu__account" data-testid="preferences-link">
                {t("notifications.preferences.menuLink")}
              </Link>
            )}
            {user.isPlatformAdmin && (
              <Link to={ADMIN_BRANCHES_PATH} className="user-menu__account" data-testid="admin-branches-link">
                {t("admin.menuLink")}
              </Link>
            )}
            <LanguageSwitch />
            <button
              type="button"
              className="button button--on-dark"
              disabled={logout.isPending}
              onClick={() => logout.mutate()}
            >
              {logout.isPending ? t("userMenu.loggingOut") : t("userMenu.logout")}
            </button>
          </div>
        </div>
        {branch && (
          <nav className="app-nav" aria-label={t("nav.label")}>
            <ul>
              {[
                ...SECTIONS,
                ...(branch.roles.includes("secretary") ? SECRETARY_SECTIONS : []),
                ...(branch.roles.includes("board_member") || (branch.personId === null && user.isPlatformAdmin) ? BOARD_SECTIONS : []),
                ...(branch.roles.includes("secretary") || (branch.personId === null && user.isPlatformAdmin) ? OUTBOX_SECTIONS : []),
              ].map((section) => (
                <li key={section.path}>
                  <NavLink to={`${home}/${section.path}`}>{t(section.label)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
    </>
  );
}
