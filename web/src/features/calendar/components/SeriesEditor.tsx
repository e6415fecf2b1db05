import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { SeriesView } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { ApiError } from "../../../lib/api.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { checkSeriesChange } from "../api/checkClashes.ts";
import { useDeleteSeries } from "../api/deleteSeries.ts";
import { useUpdateSeries } from "../api/updateSeries.ts";
import type { AgendaFlash } from "../lib/flash.ts";
import { seriesBodyOf, seriesValuesOf, type SeriesFormValues } from "../lib/seriesForm.ts";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { SeriesForm } from "./SeriesForm.tsx";

/** The edit form for a loaded series, plus deleting it. A 409 means someone else saved it first. */
export function SeriesEditor({ series, onReload }: { series: SeriesView; onReload: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const branch = useCurrentBranch();
  const navigate = useNavigate();
  const update = useUpdateSeries(branch.slug, series.id);
  const remove = useDeleteSeries(branch.slug, series.id);
  const [initial] = useState(() => seriesValuesOf(series));
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const agendaPath = `/a/${branch.slug}/agenda`;

  function handleSubmit(values: SeriesFormValues) {
    update.mutate(
      { ...seriesBodyOf(values), version: series.version },
      {
        onSuccess: (data) => {
          const state: AgendaFlash = { flash: { kind: "saved", title: data.series.title } };
          navigate(agendaPath, { state });
        },
      },
    );
  }

  let error = null;
  if (update.error instanceof ApiError && update.error.status === 409) {
    error = (
      <>
        <p>{t("calendar.series.conflict")}</p>
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t("calendar.series.reload")}
        </button>
      </>
    );
  } else if (update.isError) error = describe(update.error);

  return (
    <>
      <SeriesForm
        initial={initial}
        onSubmit={handleSubmit}
        submitting={update.isPending}
        submitLabel={t("calendar.series.save")}
        error={error}
        checkClashes={(values) => checkSeriesChange(branch.slug, series.id, { ...seriesBodyOf(values), version: series.version })}
      />
      <section className="danger-zone" aria-labelledby="danger-zone-title">
        <h2 id="danger-zone-title">{t("calendar.series.delete")}</h2>
        <p>{t("calendar.series.deleteHint")}</p>
        <button type="button" className="button button--danger" disabled={remove.isPending} onClick={() => setConfirmingDelete(true)}>
          {remove.isPending ? t("calendar.actions.busy") : t("calendar.series.delete")}
        </button>
        {remove.isError && (
          <p className="form__error" role="alert">
            {describe(remove.error)}
          </p>
        )}
      </section>
      <ConfirmDialog
        open={confirmingDelete}
        title={t("calendar.series.confirmDeleteTitle")}
        confirmLabel={t("calendar.series.confirmDelete")}
        cancelLabel={t("calendar.series.keep")}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() => {
          setConfirmingDelete(false);
          remove.mutate(undefined, {
            onSuccess: () => {
              const state: AgendaFlash = { flash: { kind: "deleted", title: series.title } };
              navigate(agendaPath, { state });
            },
          });
        }}
      >
        <p>{t("calendar.series.confirmDeleteBody", { title: series.title })}</p>
      </ConfirmDialog>
    </>
  );
}
