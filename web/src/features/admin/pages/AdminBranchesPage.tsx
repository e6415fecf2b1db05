import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { AdminBranchView } from "@afdelingsplanner/shared/schemas";
import { AppShell } from "../../../components/AppShell.tsx";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentUser } from "../../auth/index.ts";
import { useAdminBranches } from "../api/listBranches.ts";
import { BranchesTable } from "../components/BranchesTable.tsx";
import { NewBranchForm } from "../components/NewBranchForm.tsx";
import { SecretaryInvitationForm } from "../components/SecretaryInvitationForm.tsx";

/** Afdelingen (platform admin): every branch, starting a new one and inviting its first secretary. */
export function AdminBranchesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t("admin.title"));

  return (
    <AppShell>
      <div className="admin-page">
        <p>
          <Link to="/">{t("account.backHome")}</Link>
        </p>
        <h1>{t("admin.title")}</h1>
        {user.isPlatformAdmin ? <AdminBranches /> : <p className="notice">{t("admin.onlyAdmin")}</p>}
      </div>
    </AppShell>
  );
}

function AdminBranches() {
  const { t } = useTranslation();
  const branches = useAdminBranches();
  const [inviting, setInviting] = useState<AdminBranchView | null>(null);

  let list;
  if (branches.isPending) list = <Loading />;
  else if (branches.isError) list = <ErrorState error={branches.error} onRetry={() => void branches.refetch()} />;
  else if (branches.data.branches.length === 0) list = <EmptyState>{t("admin.branches.empty")}</EmptyState>;
  else list = <BranchesTable branches={branches.data.branches} onInvite={setInviting} />;

  return (
    <>
      <p className="lead">{t("admin.intro")}</p>
      {list}
      {inviting && <SecretaryInvitationForm key={inviting.id} branch={inviting} onClose={() => setInviting(null)} />}
      <NewBranchForm onCreated={setInviting} />
    </>
  );
}
