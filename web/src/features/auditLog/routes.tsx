import { lazy, Suspense } from "react";
import type { RouteObject } from "react-router-dom";
import { Loading } from "../../components/Loading.tsx";

const AuditLogPage = lazy(async () => ({ default: (await import("./pages/AuditLogPage.tsx")).AuditLogPage }));

/** Logboek under /a/:slug, for board members (the server refuses others). A lazy chunk: few people open it. */
export const auditLogRoutes: RouteObject[] = [
  {
    path: "logboek",
    element: (
      <Suspense fallback={<Loading />}>
        <AuditLogPage />
      </Suspense>
    ),
  },
];
