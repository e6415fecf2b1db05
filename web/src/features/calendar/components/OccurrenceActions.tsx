import { useId, useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { OccurrenceView } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useCurrentBranch } from "../../branches/index.ts";
import { useUndoOccurrenceChange } from "../api/changeOccurrence.ts";
import { OccurrenceChangeForm } from "./OccurrenceChangeForm.tsx";

/** For board members: change this one occurrence, undo a change, or go to the series. */
export function OccurrenceActions({ occurrence }: { occurrence: OccurrenceView }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const branch = useCurrentBranch();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const undo = useUndoOccurrenceChange(branch.slug, occurrence);
  // Only a changed meeting has an exception (and so a version to undo); a change of location alone may have no reason.
  const version = occurrence.exceptionVersion;

  return (
    <div className="occ-actions">
      <div className="occ-actions__bar">
        <button
          type="button"
          className="button button--small button--secondary"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {open ? t("calendar.actions.close") : t("calendar.actions.change")}
        </button>
        {version !== null && (
          <button type="button" className="button button--small button--secondary" disabled={undo.isPending} onClick={() => undo.mutate(version)}>
            {undo.isPending ? t("calendar.actions.busy") : t("calendar.actions.undo")}
          </button>
        )}
        <Link className="occ-actions__link" to={`/a/${branch.slug}/agenda/reeks/${occurrence.seriesId}`}>
          {t("calendar.actions.editSeries")}
        </Link>
      </div>
      {undo.isError && (
        <p className="form__error" role="alert">
          {describe(undo.error)} <ReloadOnConflict error={undo.error} />
        </p>
      )}
      <div id={panelId} hidden={!open}>
        {open && <OccurrenceChangeForm occurrence={occurrence} onDone={() => setOpen(false)} />}
      </div>
    </div>
  );
}
