import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentUser } from "../../auth/index.ts";
import { CurrentWeek } from "../components/CurrentWeek.tsx";
import { WorkingGroupList } from "../components/WorkingGroupList.tsx";
import { useCurrentBranch } from "../useCurrentBranch.ts";

export function BranchHomePage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const user = useCurrentUser();
  usePageTitle(branch.name);

  let rolesText = t("home.noRoles");
  if (branch.roles.length > 0) rolesText = branch.roles.map((role) => t(`roles.branch.${role}`)).join(", ");
  else if (branch.personId === null && user.isPlatformAdmin) rolesText = t("home.platformAdmin");

  return (
    <>
      <h1>{branch.name}</h1>
      <div className="overview">
        <section className="card" aria-labelledby="this-week">
          <h2 id="this-week">{t("home.thisWeek")}</h2>
          <CurrentWeek timeZone={branch.timeZone} />
        </section>
        <section className="card" aria-labelledby="your-roles">
          <h2 id="your-roles">{t("home.yourRoles")}</h2>
          <p>{rolesText}</p>
        </section>
      </div>
      <section aria-labelledby="working-groups">
        <h2 id="working-groups">{t("workingGroups.title")}</h2>
        <WorkingGroupList slug={branch.slug} headingLevel={3} />
      </section>
    </>
  );
}
