import { useId } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useWorkingGroups } from "../../branches/index.ts";
import { withParams, type CalendarParams } from "../lib/calendarParams.ts";
import { KINDS } from "../lib/kinds.ts";

/** Filters by kind, working group and "only mine"; each change is a new URL, so a filtered view can be shared. */
export function CalendarFilters({ params, slug }: { params: CalendarParams; slug: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const groups = useWorkingGroups(slug);
  const filtered = params.kind !== null || params.workingGroup !== null || params.mine;
  const set = (changes: Parameters<typeof withParams>[1]) => setSearch(withParams(search, changes));

  return (
    <form className="agenda-filters" aria-label={t("calendar.filters.label")} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("calendar.filters.kind")}</label>
        <select id={`${id}-kind`} value={params.kind ?? ""} onChange={(event) => set({ kind: event.target.value })}>
          <option value="">{t("calendar.filters.allKinds")}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`calendar.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t("calendar.filters.workingGroup")}</label>
        <select id={`${id}-group`} value={params.workingGroup ?? ""} onChange={(event) => set({ workingGroup: event.target.value })}>
          <option value="">{t("calendar.filters.allWorkingGroups")}</option>
          {/* Keep a shared link's group selectable while the names load. */}
          {!groups.data && params.workingGroup && <option value={params.workingGroup}>{params.workingGroup}</option>}
          {groups.data?.map((group) => (
            <option key={group.id} value={group.slug}>
              {group.name}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={params.mine} onChange={(event) => set({ mine: event.target.checked ? "ja" : null })} />
        {t("calendar.filters.mine")}
      </label>
      {filtered && (
        <Link to={{ search: `?${withParams(search, { kind: null, workingGroup: null, mine: null })}` }}>{t("calendar.filters.clear")}</Link>
      )}
    </form>
  );
}
