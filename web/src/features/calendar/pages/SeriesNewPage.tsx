import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { checkNewSeries } from "../api/checkClashes.ts";
import { useCreateSeries } from "../api/createSeries.ts";
import { BoardOnly } from "../components/BoardOnly.tsx";
import { SeriesForm } from "../components/SeriesForm.tsx";
import { PARAM } from "../lib/calendarParams.ts";
import { todayIn } from "../lib/dates.ts";
import type { AgendaFlash } from "../lib/flash.ts";
import { previewOf } from "../lib/preview.ts";
import { newSeriesValues, seriesBodyOf, type SeriesFormValues } from "../lib/seriesForm.ts";
import "../calendar.css";

export function SeriesNewPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const branch = useCurrentBranch();
  const navigate = useNavigate();
  const create = useCreateSeries(branch.slug);
  const today = todayIn(branch.timeZone);
  const [initial] = useState(() => newSeriesValues(today));
  usePageTitle(t("calendar.series.newTitle"));

  function handleSubmit(values: SeriesFormValues) {
    create.mutate(seriesBodyOf(values), {
      onSuccess: ({ series }) => {
        // Open the agenda where the new series starts, so its first meeting is in view.
        const preview = previewOf(values, today, branch.timeZone);
        const first = preview.state === "ok" ? preview.occurrences[0]?.date : undefined;
        const search = new URLSearchParams({ [PARAM.date]: first ?? series.validFrom });
        const state: AgendaFlash = { flash: { kind: "created", title: series.title } };
        navigate(`/a/${branch.slug}/agenda?${search}`, { state });
      },
    });
  }

  return (
    <>
      <p className="back-link">
        <Link to={`/a/${branch.slug}/agenda`}>← {t("calendar.series.back")}</Link>
      </p>
      <h1>{t("calendar.series.newTitle")}</h1>
      <BoardOnly>
        <SeriesForm
          initial={initial}
          onSubmit={handleSubmit}
          submitting={create.isPending}
          submitLabel={t("calendar.series.create")}
          error={create.isError ? describe(create.error) : null}
          checkClashes={(values) => checkNewSeries(branch.slug, seriesBodyOf(values))}
        />
      </BoardOnly>
    </>
  );
}
