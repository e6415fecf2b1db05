import { useTranslation } from "react-i18next";
import type { WorkingGroupOverview } from "@afdelingsplanner/shared/schemas";

type Person = WorkingGroupOverview["members"][number];

function names(people: Person[]): string | null {
  return people.length > 0 ? people.map((person) => person.name).join(", ") : null;
}

/** One entry per person, even when they hold two roles. */
export function uniqueMembers(group: WorkingGroupOverview): Person[] {
  const seen = new Set<string>();
  return group.members.filter((person) => !seen.has(person.personId) && seen.add(person.personId));
}

/** The "onafhankelijk" marker: the plan wants chairs who are not on the board. */
export function IndependenceBadge({ group }: { group: WorkingGroupOverview }) {
  const { t } = useTranslation();
  const kind = group.chairs.length === 0 ? "none" : group.independent ? "independent" : "board";
  return (
    <span className={`badge badge--${kind}`} data-chair={kind}>
      {t(`workingGroups.chair.${kind}`)}
    </span>
  );
}

/** Trekker, bijeenroeper, actielijsthouder: who does what, with "nog niemand" where a role is open. */
export function RoleList({ group }: { group: WorkingGroupOverview }) {
  const { t } = useTranslation();
  const rows = [
    { key: "chair", value: names(group.chairs) },
    { key: "convener", value: names(group.conveners) },
    { key: "action_list_keeper", value: names(group.actionListKeepers) },
  ] as const;
  return (
    <dl className="wg-roles">
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{t(`roles.workingGroup.${row.key}`)}</dt>
          <dd className={row.value ? undefined : "wg-muted"}>{row.value ?? t("workingGroups.roles.open")}</dd>
        </div>
      ))}
    </dl>
  );
}
