import { useId, type CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import type { WorkingGroupRole } from "@afdelingsplanner/shared";
import type { BoardSeatView, WorkingGroupView } from "@afdelingsplanner/shared/schemas";

interface Membership {
  group: WorkingGroupView;
  roles: WorkingGroupRole[];
}

/** The groups a person belongs to, with every role they hold there (a trekker may also keep the action list). */
function membershipsOf(personId: string, groups: WorkingGroupView[]): Membership[] {
  return groups.flatMap((group) => {
    const roles = group.members.filter((member) => member.personId === personId).map((member) => member.role);
    return roles.length > 0 ? [{ group, roles }] : [];
  });
}

interface OrganogramProps {
  branchName: string;
  seats: BoardSeatView[];
  groups: WorkingGroupView[];
}

/**
 * Board → seats → working groups, drawn from the data as nested lists: a screen reader hears the same
 * tree that the lines show. Groups with no board member hang under their own heading, because the
 * plan's aim is exactly that working groups grow independent of the board.
 */
export function Organogram({ branchName, seats, groups }: OrganogramProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const holderIds = new Set(seats.flatMap((seat) => (seat.holder ? [seat.holder.personId] : [])));
  const independent = groups.filter((group) => !group.members.some((member) => holderIds.has(member.personId)));
  const roleText = (roles: WorkingGroupRole[]) => roles.map((role) => t(`roles.workingGroup.${role}`)).join(", ");

  return (
    <figure className="organogram" aria-labelledby={captionId}>
      <figcaption id={captionId}>{t("roster.board.organogram.caption")}</figcaption>
      <ul className="org-tree">
        <li className="org-tree__root">
          <span className="org-node org-node--root">
            {t("roster.board.organogram.root")} {branchName}
          </span>
          <ul className="org-tree__seats" style={{ "--seat-count": seats.length } as CSSProperties}>
            {seats.map((seat) => {
              const memberships = seat.holder ? membershipsOf(seat.holder.personId, groups) : [];
              return (
                <li key={seat.seatId} className="org-tree__seat" data-testid="organogram-seat">
                  <span className="org-node org-node--seat">
                    <strong>{seat.holder?.name ?? t("roster.board.organogram.vacant")}</strong>
                    <span>{seat.function}</span>
                  </span>
                  {memberships.length > 0 ? (
                    <ul className="org-tree__groups">
                      {memberships.map(({ group, roles }) => (
                        <li key={group.id}>
                          <span className={`org-node org-node--group${roles.includes("chair") ? " org-node--leads" : ""}`}>
                            {group.name}
                            <span className="role-tag">
                              <span className="visually-hidden">, </span>
                              {roleText(roles)}
                            </span>
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="org-tree__none">{t("roster.board.organogram.noGroups")}</p>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      </ul>
      {independent.length > 0 && (
        <div className="org-independent">
          <h3>{t("roster.board.organogram.independent")}</h3>
          <ul className="org-tree__groups">
            {independent.map((group) => (
              <li key={group.id}>
                <span className="org-node org-node--group">{group.name}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </figure>
  );
}
