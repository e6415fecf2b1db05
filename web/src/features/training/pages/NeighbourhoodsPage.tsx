import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type NeighbourhoodEvent, type NeighbourhoodView } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useCreateNeighbourhood, useDeleteNeighbourhood, useNeighbourhoods, useRenameNeighbourhood } from "../api/training.ts";
import { DeleteControl } from "../components/DeleteControl.tsx";
import { RenameControl } from "../components/RenameControl.tsx";
import "../training.css";

function useDay() {
  const { i18n } = useTranslation();
  return (day: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** A session by its title; an activity by its note, or by its kind when it has none. */
function useEventLabel() {
  const { t } = useTranslation();
  return (event: NeighbourhoodEvent) => event.title || (event.activityType ? t(`workingGroups.activityType.${event.activityType}`) : "");
}

function NeighbourhoodCard({ slug, wijk, canManage }: { slug: string; wijk: NeighbourhoodView; canManage: boolean }) {
  const { t } = useTranslation();
  const day = useDay();
  const label = useEventLabel();
  const rename = useRenameNeighbourhood(slug);
  const remove = useDeleteNeighbourhood(slug);
  const lastVisit = wijk.lastVisit && (wijk.lastVisitEvents.length > 0 ? t("training.wijken.lastVisitWhat", { date: day(wijk.lastVisit), what: wijk.lastVisitEvents.map(label).join(", ") }) : t("training.wijken.lastVisit", { date: day(wijk.lastVisit) }));
  return (
    <li className={`card training-wijk${wijk.quiet ? " training-wijk--quiet" : ""}`} data-testid="neighbourhood">
      <h2 className="card__title">
        {wijk.name} {wijk.quiet && <span className="badge training-quiet">{t("training.wijken.quiet")}</span>}
      </h2>
      <p>{lastVisit || t("training.wijken.never")}</p>
      {wijk.planned.length === 0 ? (
        <p>{t("training.wijken.nothingPlanned")}</p>
      ) : (
        <>
          <p>{t("training.wijken.planned")}</p>
          <ul>
            {wijk.planned.map((event) => (
              <li key={`${event.date}-${event.title}`}>
                {day(event.date)}: {label(event)}
              </li>
            ))}
          </ul>
        </>
      )}
      {canManage && (
        <div className="training-actions">
          <RenameControl name={wijk.name} maxLength={LIMITS.training.neighbourhoodName.maxLength} write={rename} onRename={(name, done) => rename.mutate({ id: wijk.id, name, version: wijk.version }, { onSuccess: done })} />
          <DeleteControl
            name={wijk.name}
            title={t("training.wijken.deleteTitle", { name: wijk.name })}
            body={t("training.wijken.deleteBody")}
            write={remove}
            onDelete={(done) => remove.mutate(wijk.id, { onSettled: done })}
          />
        </div>
      )}
    </li>
  );
}

function AddNeighbourhood({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeError();
  const create = useCreateNeighbourhood(slug);
  const [name, setName] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate({ name: name.trim() }, { onSuccess: () => setName("") });
  }
  return (
    <form className="training-inline" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("training.wijken.addName")}</label>
        <input id={`${id}-name`} maxLength={LIMITS.training.neighbourhoodName.maxLength} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {t("training.wijken.add")}
      </button>
      {create.isError && (
        <p className="training-error" role="alert">
          {describe(create.error)}
        </p>
      )}
    </form>
  );
}

/** Wijken: when we were last in each neighbourhood and what is planned there; quiet ones (six months) first. */
export function NeighbourhoodsPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  usePageTitle(t("training.wijken.title"));
  const query = useNeighbourhoods(branch.slug);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { neighbourhoods, canManage } = query.data;
  return (
    <>
      <h1>{t("training.wijken.title")}</h1>
      <p className="lead">{t("training.wijken.intro")}</p>
      {canManage && <AddNeighbourhood slug={branch.slug} />}
      {neighbourhoods.length === 0 ? (
        <EmptyState>{t("training.wijken.empty")}</EmptyState>
      ) : (
        <ul className="card-grid training-wijken">
          {neighbourhoods.map((wijk) => (
            <NeighbourhoodCard key={wijk.id} slug={branch.slug} wijk={wijk} canManage={canManage} />
          ))}
        </ul>
      )}
    </>
  );
}
