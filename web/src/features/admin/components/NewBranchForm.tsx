import { useId, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { TEMPLATE_WORKING_GROUPS, TEMPLATE_WORKING_GROUP_SLUGS, workingGroupSlug, type TemplateWorkingGroupSlug } from "@afdelingsplanner/shared";
import { LIMITS, type AdminBranchView } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useCreateBranch } from "../api/createBranch.ts";

const DEFAULT_TIME_ZONE = "Europe/Amsterdam";

/** The browser's list of IANA zones, with the default first in case an older browser lacks the list. */
function timeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes(DEFAULT_TIME_ZONE) ? zones : [DEFAULT_TIME_ZONE, ...zones];
}

/** "Nieuwe afdeling": a branch from the plan's template, with the usual working groups the admin keeps ticked. */
export function NewBranchForm({ onCreated }: { onCreated: (branch: AdminBranchView) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const create = useCreateBranch();
  const zones = useMemo(timeZones, []);
  const [name, setName] = useState("");
  // The slug follows the name until the admin types one of their own.
  const [ownSlug, setOwnSlug] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState(DEFAULT_TIME_ZONE);
  const [groups, setGroups] = useState<TemplateWorkingGroupSlug[]>([...TEMPLATE_WORKING_GROUP_SLUGS]);
  const slug = ownSlug ?? workingGroupSlug(name, LIMITS.common.slug.maxLength);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), slug, timeZone, workingGroups: groups },
      {
        onSuccess: ({ branch }) => {
          setName("");
          setOwnSlug(null);
          setTimeZone(DEFAULT_TIME_ZONE);
          setGroups([...TEMPLATE_WORKING_GROUP_SLUGS]);
          onCreated(branch);
        },
      },
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("admin.newBranch.heading")}</h2>
      <p>{t("admin.newBranch.intro")}</p>
      <form className="form card" data-testid="new-branch-form" onSubmit={handleSubmit} aria-busy={create.isPending}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("admin.newBranch.name")}</label>
          <input id={`${id}-name`} required maxLength={LIMITS.admin.branchName.maxLength} autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-slug`}>{t("admin.newBranch.slug")}</label>
          <input
            id={`${id}-slug`}
            required
            maxLength={LIMITS.common.slug.maxLength}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            autoComplete="off"
            aria-describedby={`${id}-slug-hint`}
            value={slug}
            onChange={(event) => setOwnSlug(event.target.value)}
          />
          <p id={`${id}-slug-hint`} className="field__hint">
            {t("admin.newBranch.slugHint", { path: `/a/${slug || "…"}` })}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-zone`}>{t("admin.newBranch.timeZone")}</label>
          <select id={`${id}-zone`} value={timeZone} onChange={(event) => setTimeZone(event.target.value)}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t("admin.newBranch.workingGroups")}</legend>
          {TEMPLATE_WORKING_GROUPS.map((group) => (
            <label key={group.slug} className="checkbox">
              <input
                type="checkbox"
                checked={groups.includes(group.slug)}
                onChange={(event) => setGroups((current) => (event.target.checked ? [...current, group.slug] : current.filter((slug) => slug !== group.slug)))}
              />{" "}
              {group.name}
            </label>
          ))}
        </fieldset>
        <p className="form__error" role="alert">
          {create.error ? describe(create.error) : ""}
        </p>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t("admin.newBranch.submitting") : t("admin.newBranch.submit")}
        </button>
      </form>
    </section>
  );
}
