import { Outlet, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { AppShell } from "../../../components/AppShell.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { ApiError } from "../../../lib/api.ts";
import { useCurrentUser } from "../../auth/index.ts";
import { useBranch } from "../api/getBranch.ts";

/** Route element for /a/:slug/*: loads the branch once and hands it to the pages via the outlet context. */
export function BranchLayout() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const user = useCurrentUser();
  const branchQuery = useBranch(
    slug,
    user.branches.find((branch) => branch.slug === slug),
  );
  const branch = branchQuery.data;

  let content = <Loading />;
  if (branch) content = <Outlet context={branch} />;
  else if (branchQuery.isError) {
    const notFound = branchQuery.error instanceof ApiError && branchQuery.error.status === 404;
    content = (
      <ErrorState
        error={branchQuery.error}
        onRetry={() => void branchQuery.refetch()}
        message={notFound ? t("branch.notFound") : undefined}
      />
    );
  }
  return <AppShell branch={branch}>{content}</AppShell>;
}
