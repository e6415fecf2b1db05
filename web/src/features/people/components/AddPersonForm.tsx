import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { BRANCH_ROLES, type BranchRole } from "@afdelingsplanner/shared";
import { LIMITS, type BranchMembership, type PersonCreatedResponse } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useWorkingGroups } from "../../branches/index.ts";
import { useAddPerson } from "../api/addPerson.ts";
import { InvitationLetter } from "./InvitationLetter.tsx";

/** "Lid toevoegen" for the secretary: name, optional email and phone, roles and working groups. */
export function AddPersonForm({ branch }: { branch: BranchMembership }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const add = useAddPerson(branch.slug);
  const groups = useWorkingGroups(branch.slug);
  const [roles, setRoles] = useState<BranchRole[]>(["member"]);
  const [groupSlugs, setGroupSlugs] = useState<string[]>([]);
  const [result, setResult] = useState<PersonCreatedResponse | null>(null);

  function toggle<T>(list: T[], value: T, on: boolean): T[] {
    return on ? [...list, value] : list.filter((entry) => entry !== value);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get("email") ?? "").trim();
    const phone = String(data.get("phone") ?? "").trim();
    add.mutate(
      { name: String(data.get("name") ?? "").trim(), ...(email ? { email } : {}), ...(phone ? { phone } : {}), roles, workingGroups: groupSlugs },
      {
        onSuccess: (created) => {
          setResult(created);
          form.reset();
          setRoles(["member"]);
          setGroupSlugs([]);
        },
      },
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="people-add">
      <h2 id={`${id}-heading`}>{t("people.add.heading")}</h2>
      <p>{t("people.add.intro")}</p>
      <div role="status">
        {result && (
          <p className="notice" data-testid="person-added">
            {result.letter ? t("people.add.addedLetter", { name: result.person.name }) : t("people.add.added", { name: result.person.name })}
          </p>
        )}
      </div>
      {result?.letter && <InvitationLetter letter={result.letter} name={result.person.name} branch={branch.name} />}
      <form className="form card" data-testid="add-person-form" onSubmit={handleSubmit} aria-busy={add.isPending}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("people.add.name")}</label>
          <input id={`${id}-name`} name="name" required maxLength={LIMITS.people.name.maxLength} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t("people.add.email")}</label>
          <input id={`${id}-email`} name="email" type="email" maxLength={LIMITS.common.email.maxLength} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-phone`}>{t("people.add.phone")}</label>
          <input id={`${id}-phone`} name="phone" type="tel" maxLength={LIMITS.people.phone.maxLength} autoComplete="off" />
        </div>
        <fieldset className="field">
          <legend>{t("people.add.roles")}</legend>
          {BRANCH_ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input type="checkbox" checked={roles.includes(role)} onChange={(event) => setRoles(toggle(roles, role, event.target.checked))} /> {t(`people.roles.${role}`)}
            </label>
          ))}
        </fieldset>
        {groups.data && groups.data.length > 0 && (
          <fieldset className="field">
            <legend>{t("people.add.groups")}</legend>
            {groups.data.map((group) => (
              <label key={group.slug} className="checkbox">
                <input type="checkbox" checked={groupSlugs.includes(group.slug)} onChange={(event) => setGroupSlugs(toggle(groupSlugs, group.slug, event.target.checked))} /> {group.name}
              </label>
            ))}
          </fieldset>
        )}
        <p className="form__error" role="alert">
          {add.error ? describe(add.error) : ""}
        </p>
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t("people.add.submitting") : t("people.add.submit")}
        </button>
      </form>
    </section>
  );
}
