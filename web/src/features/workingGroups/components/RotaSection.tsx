import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RotaView, WorkingGroupOverview } from "@afdelingsplanner/shared/schemas";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useRotas } from "../api/rotas.ts";
import { RotaCard } from "./RotaCard.tsx";
import { RotaForm } from "./RotaForm.tsx";
import { uniqueMembers } from "./Roles.tsx";

/** The group's duty rotas; its chair (or a board member) makes a new one here. */
export function RotaSection({ slug, group, personId }: { slug: string; group: WorkingGroupOverview; personId: string | null }) {
  const { t } = useTranslation();
  const rotas = useRotas(slug, group.id);
  const [adding, setAdding] = useState(false);
  const members = uniqueMembers(group);
  const card = (rota: RotaView) => <RotaCard key={rota.id} slug={slug} groupId={group.id} rota={rota} manage={group.you.manage} personId={personId} members={members} />;
  const running = rotas.data?.rotas.filter((rota) => !rota.ended) ?? [];
  const ended = rotas.data?.rotas.filter((rota) => rota.ended) ?? [];
  return (
    <section aria-labelledby="wg-rota">
      <h2 id="wg-rota">{t("workingGroups.rota.title")}</h2>
      {rotas.isPending ? (
        <Loading />
      ) : rotas.isError ? (
        <ErrorState error={rotas.error} onRetry={() => void rotas.refetch()} />
      ) : running.length === 0 ? (
        <p className="wg-muted">{t("workingGroups.rota.none")}</p>
      ) : (
        <div className="wg-columns">{running.map(card)}</div>
      )}
      {group.you.manage &&
        (adding ? (
          <RotaForm slug={slug} groupId={group.id} members={members} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" className="button button--secondary wg-edit" onClick={() => setAdding(true)}>
            {t("workingGroups.rota.add")}
          </button>
        ))}
      {ended.length > 0 && (
        <details className="wg-rota__ended" data-testid="ended-rotas">
          <summary>{t("workingGroups.rota.endedList", { count: ended.length })}</summary>
          <div className="wg-columns">{ended.map(card)}</div>
        </details>
      )}
    </section>
  );
}
