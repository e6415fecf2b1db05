import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useOrganisation } from "../api/organisations.ts";
import { ActivityList } from "./ActivityList.tsx";

/** Every logged contact with one organisation, newest first. */
export function OrganisationHistory({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const query = useOrganisation(slug, id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div className="wg-history">
      <h3 className="visually-hidden">{t("workingGroups.network.history", { name: query.data.organisation.name })}</h3>
      <ActivityList activities={query.data.history} />
    </div>
  );
}
