import { useTranslation } from "react-i18next";
import type { WorkingGroupOverview } from "@afdelingsplanner/shared/schemas";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useRotas } from "../api/rotas.ts";
import { RotaCard } from "./RotaCard.tsx";

/** The group's duty rotas; a group without one shows nothing but a short line. */
export function RotaSection({ slug, group, personId }: { slug: string; group: WorkingGroupOverview; personId: string | null }) {
  const { t } = useTranslation();
  const rotas = useRotas(slug, group.id);
  return (
    <section aria-labelledby="wg-rota">
      <h2 id="wg-rota">{t("workingGroups.rota.title")}</h2>
      {rotas.isPending ? (
        <Loading />
      ) : rotas.isError ? (
        <ErrorState error={rotas.error} onRetry={() => void rotas.refetch()} />
      ) : rotas.data.rotas.length === 0 ? (
        <p className="wg-muted">{t("workingGroups.rota.none")}</p>
      ) : (
        <div className="wg-columns">
          {rotas.data.rotas.map((rota) => (
            <RotaCard key={rota.id} slug={slug} groupId={group.id} rota={rota} manage={group.you.manage} personId={personId} />
          ))}
        </div>
      )}
    </section>
  );
}
