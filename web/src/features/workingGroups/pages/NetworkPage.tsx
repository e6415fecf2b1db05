import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useOrganisations } from "../api/organisations.ts";
import { OrganisationCard } from "../components/OrganisationCard.tsx";
import { OrganisationForm } from "../components/OrganisationForm.tsx";
import "../workingGroups.css";

export function NetworkPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  usePageTitle(t("workingGroups.network.title"));
  const organisations = useOrganisations(branch.slug);
  const [message, setMessage] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const board = branch.personId !== null && branch.roles.includes("board_member");

  let content;
  if (organisations.isPending) content = <Loading />;
  else if (organisations.isError) content = <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />;
  else if (organisations.data.length === 0) content = <EmptyState>{t("workingGroups.network.empty")}</EmptyState>;
  else
    content = (
      <ul className="card-grid">
        {organisations.data.map((organisation) => (
          <li key={organisation.id}>
            <OrganisationCard slug={branch.slug} organisation={organisation} board={board} onMessage={setMessage} onDeleted={() => heading.current?.focus()} />
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t("workingGroups.network.title")}
      </h1>
      <p className="lead">{t("workingGroups.network.intro")}</p>
      <details className="card wg-add">
        <summary>{t("workingGroups.network.addTitle")}</summary>
        <OrganisationForm slug={branch.slug} />
      </details>
      <div role="status" className="wg-section-status">
        {message && <p className="notice">{message}</p>}
      </div>
      {content}
    </>
  );
}
