import { useId, useState, type FormEvent } from "react";
import { Link, Navigate, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { Loading } from "../../../components/Loading.tsx";
import { PlainLayout } from "../../../components/PlainLayout.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { ApiError } from "../../../lib/api.ts";
import { useSession } from "../../auth/index.ts";
import { useAcceptInvitation, useLinkInvitation } from "../api/acceptInvitation.ts";

const characters = (text: string) => [...text].length;

/** /uitnodiging: accept an invitation from the mail's link (?token=) or with the code from a letter. Public, like /login. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  // Accepting starts a session, which would turn this page into the "link" form: the destination is kept here.
  const [destination, setDestination] = useState<string | null>(null);
  usePageTitle(t("people.accept.title"));

  if (destination) return <Navigate to={destination} replace />;
  if (session.status === "loading") {
    return (
      <PlainLayout>
        <Loading />
      </PlainLayout>
    );
  }
  return <PlainLayout>{session.status === "authenticated" ? <LinkForm token={token} name={session.user.name} /> : <AcceptForm token={token} onAccepted={setDestination} />}</PlainLayout>;
}

function AcceptForm({ token, onAccepted }: { token: string; onAccepted: (destination: string) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [show, setShow] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const length = characters(password);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    const data = new FormData(event.currentTarget);
    const code = String(data.get("code") ?? "").trim();
    const email = String(data.get("email") ?? "").trim();
    const name = String(data.get("name") ?? "").trim();
    accept
      .mutateAsync({ ...(token ? { token } : { code }), password, ...(email ? { email } : {}), ...(name ? { name } : {}) })
      .then((answer) => {
        const first = answer.user.branches[0];
        onAccepted(first ? `/a/${first.slug}` : "/");
      })
      // The error is on accept.error, shown below.
      .catch(() => undefined);
  }

  const exists = accept.error instanceof ApiError && accept.error.code === "ACCOUNT_EXISTS";
  const next = `/uitnodiging${token ? `?token=${encodeURIComponent(token)}` : ""}`;

  return (
    <>
      <h1>{t("people.accept.title")}</h1>
      <p>{t("people.accept.intro")}</p>
      <form className="form card" data-testid="accept-form" noValidate onSubmit={handleSubmit} aria-busy={accept.isPending}>
        {!token && (
          <>
            <div className="field">
              <label htmlFor={`${id}-code`}>{t("people.accept.code")}</label>
              <input id={`${id}-code`} name="code" required autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} maxLength={LIMITS.people.invitationCode.maxLength} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-email`}>{t("people.accept.email")}</label>
              <input id={`${id}-email`} name="email" type="email" autoComplete="username" maxLength={LIMITS.common.email.maxLength} />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("people.accept.name")}</label>
          <input id={`${id}-name`} name="name" autoComplete="name" maxLength={LIMITS.people.name.maxLength} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t("people.accept.password")}</label>
          <p id={`${id}-hint`}>{t("people.accept.passwordHint", { min: LIMITS.auth.newPassword.minLength })}</p>
          <input
            id={`${id}-password`}
            name="password"
            type={show ? "text" : "password"}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            maxLength={LIMITS.auth.newPassword.maxLength}
            aria-describedby={`${id}-hint ${id}-feedback`}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <p id={`${id}-feedback`} aria-live="polite" data-testid="password-feedback">
            {password === "" ? "" : length < LIMITS.auth.newPassword.minLength ? t("people.accept.tooShort", { count: LIMITS.auth.newPassword.minLength - length }) : t("people.accept.longEnough")}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>{t("people.accept.repeat")}</label>
          <input
            id={`${id}-repeat`}
            name="repeat"
            type={show ? "text" : "password"}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            maxLength={LIMITS.auth.newPassword.maxLength}
            value={repeat}
            aria-invalid={mismatch ? true : undefined}
            aria-describedby={mismatch ? `${id}-mismatch` : undefined}
            onChange={(event) => {
              setRepeat(event.target.value);
              setMismatch(false);
            }}
          />
          {mismatch && <p id={`${id}-mismatch`}>{t("people.accept.mismatch")}</p>}
        </div>
        <div>
          <input id={`${id}-show`} type="checkbox" checked={show} onChange={(event) => setShow(event.target.checked)} /> <label htmlFor={`${id}-show`}>{t("people.accept.show")}</label>
        </div>
        <p className="form__error" role="alert">
          {exists ? t("people.accept.existing") : accept.error ? describe(accept.error) : ""}
        </p>
        {exists && (
          <p>
            <Link to={`/login?next=${encodeURIComponent(next)}`}>{t("people.accept.toLogin")}</Link>
          </p>
        )}
        <button type="submit" className="button" disabled={accept.isPending || length < LIMITS.auth.newPassword.minLength}>
          {accept.isPending ? t("people.accept.submitting") : t("people.accept.submit")}
        </button>
      </form>
    </>
  );
}

/** Logged in already (a member of another branch): accept with this account. */
function LinkForm({ token, name }: { token: string; name: string }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const link = useLinkInvitation();
  const [code, setCode] = useState("");

  if (link.data) {
    return (
      <>
        <h1>{t("people.accept.linkTitle")}</h1>
        <p className="notice" role="status">
          {t("people.accept.linked", { branch: link.data.branch.name })}
        </p>
        <Link className="button" to={`/a/${link.data.branch.slug}`}>
          {t("people.accept.toBranch", { branch: link.data.branch.name })}
        </Link>
      </>
    );
  }
  return (
    <>
      <h1>{t("people.accept.linkTitle")}</h1>
      <p>{t("people.accept.linkIntro", { name })}</p>
      <form
        className="form card"
        onSubmit={(event) => {
          event.preventDefault();
          link.mutate(token ? { token } : { code });
        }}
      >
        {!token && (
          <div className="field">
            <label htmlFor={`${id}-code`}>{t("people.accept.code")}</label>
            <input id={`${id}-code`} value={code} onChange={(event) => setCode(event.target.value)} maxLength={LIMITS.people.invitationCode.maxLength} autoComplete="one-time-code" />
          </div>
        )}
        <p className="form__error" role="alert">
          {link.error ? describe(link.error) : ""}
        </p>
        <button type="submit" className="button" disabled={link.isPending}>
          {t("people.accept.link")}
        </button>
      </form>
    </>
  );
}
