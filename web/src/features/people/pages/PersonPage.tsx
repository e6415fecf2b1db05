import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { BRANCH_ROLES, calendarDays, type BranchRole } from "@afdelingsplanner/shared";
import { LIMITS, type InvitationView, type PersonView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useRecordDeparture, useUndoDeparture } from "../api/departure.ts";
import { useInvitations, useInvitePerson } from "../api/invitations.ts";
import { usePeopleList } from "../api/listPeople.ts";
import { useSetRoles } from "../api/setRoles.ts";
import { useUpdatePerson } from "../api/updatePerson.ts";
import { InvitationLetter } from "../components/InvitationLetter.tsx";
import { InvitationsTable } from "../components/InvitationsTable.tsx";
import "../people.css";

/** One member: details, and for the secretary editing, roles, departure and the invitation. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const branch = useCurrentBranch();
  const people = usePeopleList(branch.slug, { status: "all" });
  const person = people.data?.find((entry) => entry.id === id);
  const isSecretary = branch.roles.includes("secretary");
  usePageTitle(person?.name ?? t("people.title"));

  return (
    <div className="people-page">
      <p>
        <Link to={`/a/${branch.slug}/leden`}>{t("people.member.back")}</Link>
      </p>
      {people.isPending && <Loading />}
      {people.isError && <ErrorState error={people.error} onRetry={() => void people.refetch()} />}
      {people.data && !person && <p>{t("people.member.notFound")}</p>}
      {person && (
        <>
          <h1>{person.name}</h1>
          <Details person={person} />
          {isSecretary && <EditForm key={`edit-${person.version}`} slug={branch.slug} person={person} />}
          {isSecretary && person.status === "active" && <RolesEditor key={`roles-${person.version}`} slug={branch.slug} person={person} />}
          {isSecretary && <Departure slug={branch.slug} person={person} today={todayIn(branch.timeZone)} />}
          {isSecretary && <PersonInvitations slug={branch.slug} branchName={branch.name} person={person} timeZone={branch.timeZone} />}
        </>
      )}
    </div>
  );
}

const todayIn = (timeZone: string) => calendarDays.todayIn(timeZone, new Date());

function Details({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  return (
    <section className="person-section" aria-labelledby="person-details">
      <h2 id="person-details">{t("people.member.details")}</h2>
      <dl>
        <dt>{t("people.columns.status")}</dt>
        <dd data-testid="person-status">{t(`people.statuses.${person.status}`)}</dd>
        <dt>{t("people.columns.roles")}</dt>
        <dd>{person.roles.length > 0 ? person.roles.map((role) => t(`people.roles.${role}`)).join(", ") : t("people.none")}</dd>
        <dt>{t("people.columns.groups")}</dt>
        <dd>{person.workingGroups.length > 0 ? person.workingGroups.map((group) => group.name).join(", ") : t("people.none")}</dd>
        {person.email !== null && (
          <>
            <dt>{t("people.columns.email")}</dt>
            <dd>{person.email}</dd>
          </>
        )}
        {person.phone !== null && (
          <>
            <dt>{t("people.columns.phone")}</dt>
            <dd>{person.phone}</dd>
          </>
        )}
        <dt>{t("people.member.joined")}</dt>
        <dd>{person.joinedOn}</dd>
        {person.leftOn && (
          <>
            <dt>{t("people.member.left")}</dt>
            <dd>{person.leftOn}</dd>
          </>
        )}
        <dt>{t("people.member.account")}</dt>
        <dd>{person.hasAccount ? t("people.member.hasAccount") : t("people.member.noAccount")}</dd>
      </dl>
    </section>
  );
}

function EditForm({ slug, person }: { slug: string; person: PersonView }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const update = useUpdatePerson(slug, person.id);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const phone = String(data.get("phone") ?? "").trim();
    update.mutate({ version: person.version, name: String(data.get("name") ?? "").trim(), email: email || null, phone: phone || null });
  }

  return (
    <section className="person-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("people.member.edit")}</h2>
      <div role="status">{update.isSuccess && <p className="notice">{t("people.member.saved")}</p>}</div>
      <form className="form card" onSubmit={handleSubmit} aria-busy={update.isPending}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("people.add.name")}</label>
          <input id={`${id}-name`} name="name" required maxLength={LIMITS.people.name.maxLength} defaultValue={person.name} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t("people.add.email")}</label>
          <input id={`${id}-email`} name="email" type="email" maxLength={LIMITS.common.email.maxLength} defaultValue={person.email ?? ""} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-phone`}>{t("people.add.phone")}</label>
          <input id={`${id}-phone`} name="phone" type="tel" maxLength={LIMITS.people.phone.maxLength} defaultValue={person.phone ?? ""} />
        </div>
        <p className="form__error" role="alert">
          {update.error ? describe(update.error) : ""}
        </p>
        <ReloadOnConflict error={update.error} />
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t("people.member.saving") : t("people.member.save")}
        </button>
      </form>
    </section>
  );
}

function RolesEditor({ slug, person }: { slug: string; person: PersonView }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const save = useSetRoles(slug, person.id);
  const [roles, setRoles] = useState<BranchRole[]>(person.roles);

  return (
    <section className="person-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("people.member.rolesHeading")}</h2>
      <div role="status">{save.isSuccess && <p className="notice">{t("people.member.rolesSaved")}</p>}</div>
      <form
        className="form card"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ roles });
        }}
      >
        <fieldset className="field">
          <legend>{t("people.add.roles")}</legend>
          {BRANCH_ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input type="checkbox" checked={roles.includes(role)} onChange={(event) => setRoles(event.target.checked ? [...roles, role] : roles.filter((entry) => entry !== role))} />{" "}
              {t(`people.roles.${role}`)}
            </label>
          ))}
        </fieldset>
        <p className="form__error" role="alert">
          {save.error ? describe(save.error) : ""}
        </p>
        <button type="submit" className="button" disabled={save.isPending}>
          {t("people.member.rolesSave")}
        </button>
      </form>
    </section>
  );
}

function Departure({ slug, person, today }: { slug: string; person: PersonView; today: string }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const record = useRecordDeparture(slug, person.id);
  const undo = useUndoDeparture(slug, person.id);
  const [leftOn, setLeftOn] = useState(today);
  const [confirming, setConfirming] = useState(false);
  const error = record.error ?? undo.error;

  return (
    <section className="person-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("people.member.departureHeading")}</h2>
      <p>{t("people.member.departureIntro")}</p>
      <div role="status">
        {undo.data && <p className="notice">{undo.data.restored ? t("people.member.undone") : t("people.member.undoneNoRestore")}</p>}
      </div>
      <p className="form__error" role="alert">
        {error ? describe(error) : ""}
      </p>
      {person.leftOn ? (
        <button type="button" className="button button--secondary" disabled={undo.isPending} onClick={() => undo.mutate()}>
          {t("people.member.undo")}
        </button>
      ) : (
        <div className="form">
          <div className="field">
            <label htmlFor={`${id}-date`}>{t("people.member.leftOn")}</label>
            <input id={`${id}-date`} type="date" max={today} value={leftOn} onChange={(event) => setLeftOn(event.target.value)} />
          </div>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t("people.member.recordDeparture")}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("people.member.confirmTitle", { name: person.name })}
        confirmLabel={t("people.member.confirm")}
        cancelLabel={t("people.member.cancel")}
        busy={record.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => record.mutate(leftOn ? { leftOn } : {}, { onSettled: () => setConfirming(false), onSuccess: () => undo.reset() })}
      >
        {t("people.member.confirmBody", { name: person.name })}
      </ConfirmDialog>
    </section>
  );
}

function PersonInvitations({ slug, branchName, person, timeZone }: { slug: string; branchName: string; person: PersonView; timeZone: string }) {
  const { t } = useTranslation();
  const invitations = useInvitations(slug, true);
  const mine = (invitations.data ?? []).filter((invitation) => invitation.personId === person.id);
  // Only someone active, without an account and without an open invitation can be invited anew; an open one is sent again in the table.
  const invitable = invitations.data !== undefined && person.status === "active" && !person.hasAccount && !mine.some((invitation) => invitation.state === "sent");
  return (
    <section className="person-section" aria-labelledby="person-invitation">
      <h2 id="person-invitation">{t("people.member.invitationHeading")}</h2>
      {invitations.isPending && <Loading />}
      {invitations.data && (mine.length === 0 ? <p>{t("people.member.noInvitation")}</p> : <InvitationsTable slug={slug} branchName={branchName} invitations={mine} timeZone={timeZone} />)}
      <InvitePerson slug={slug} branchName={branchName} person={person} invitable={invitable} invitations={mine} />
    </section>
  );
}

/** "Uitnodigen" for a member who was added or imported without an invitation, or whose invitation was withdrawn or expired. */
function InvitePerson({ slug, branchName, person, invitable, invitations }: { slug: string; branchName: string; person: PersonView; invitable: boolean; invitations: InvitationView[] }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const invite = useInvitePerson(slug, person.id);
  const result = useRef<HTMLDivElement>(null);
  const answer = invite.data;
  // After inviting, the button stays away until the list shows that invitation closed again (withdrawn or expired).
  const answerClosed = answer !== undefined && invitations.some((invitation) => invitation.id === answer.invitation.id && invitation.state !== "sent");

  // The button goes once the invitation exists: focus moves to the result rather than being lost.
  useEffect(() => {
    if (answer) result.current?.focus();
  }, [answer]);

  return (
    <>
      <div role="status" ref={result} tabIndex={-1} data-testid="invite-result">
        {answer && !answerClosed && (
          <p className="notice">
            {answer.letter ? t("people.member.invitedByLetter", { name: person.name }) : t("people.member.invitedByMail", { email: answer.invitation.email ?? "" })}
          </p>
        )}
      </div>
      {answer?.letter && !answerClosed && <InvitationLetter letter={answer.letter} name={person.name} branch={branchName} />}
      {invite.error && (
        <p className="form__error" role="alert">
          {describe(invite.error)}
        </p>
      )}
      {invitable && (!answer || answerClosed) && (
        <div className="form">
          <p>{t("people.member.inviteIntro", { name: person.name })}</p>
          <button type="button" className="button" disabled={invite.isPending} onClick={() => invite.mutate()}>
            {invite.isPending ? t("people.member.inviting") : t("people.member.invite")}
          </button>
        </div>
      )}
    </>
  );
}
