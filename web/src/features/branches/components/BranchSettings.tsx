import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { SCHOOL_HOLIDAY_REGIONS, type SchoolHolidayRegion } from "@afdelingsplanner/shared";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useBranchSettings, useUpdateBranchSettings } from "../api/branchSettings.ts";

/**
 * "Afdeling": settings of the whole branch, for board members (the API's boardOnly rule). For now one: the
 * school-holiday region whose holidays the clash warnings name while scheduling.
 */
export function BranchSettings({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeError();
  const settings = useBranchSettings(slug);
  const save = useUpdateBranchSettings(slug);
  const [region, setRegion] = useState<SchoolHolidayRegion | null>(null);
  const chosen = region ?? settings.data?.schoolHolidayRegion ?? "midden";

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ schoolHolidayRegion: chosen }, { onSuccess: () => setRegion(null) });
  }

  return (
    <section className="board-section" aria-labelledby={`${id}-title`} data-testid="branch-settings">
      <h2 id={`${id}-title`}>{t("branch.settings.title")}</h2>
      <p>{t("branch.settings.intro")}</p>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <form className="form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-region`}>{t("branch.settings.region")}</label>
            <select id={`${id}-region`} value={chosen} aria-describedby={`${id}-hint`} onChange={(event) => setRegion(event.target.value as SchoolHolidayRegion)}>
              {SCHOOL_HOLIDAY_REGIONS.map((each) => (
                <option key={each} value={each}>
                  {t(`branch.settings.regions.${each}`)}
                </option>
              ))}
            </select>
            <span id={`${id}-hint`} className="lead">
              {t("branch.settings.regionHint")}
            </span>
          </div>
          <button type="submit" className="button" disabled={save.isPending}>
            {t("branch.settings.save")}
          </button>
          <div role="status">{save.isSuccess && region === null && <p className="notice">{t("branch.settings.saved", { region: t(`branch.settings.regions.${chosen}`) })}</p>}</div>
          {save.isError && (
            <p className="form__error" role="alert">
              {describe(save.error)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
