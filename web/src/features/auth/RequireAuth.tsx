import { Navigate, Outlet, useLocation } from "react-router-dom";
import { PlainLayout } from "../../components/PlainLayout.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useSession } from "./useAuth.ts";

/** Gate for every signed-in route. Also where an expired session sends the user back to /login. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();

  if (session.status === "loading") {
    return (
      <PlainLayout>
        <Loading />
      </PlainLayout>
    );
  }
  if (session.status === "anonymous") {
    const here = location.pathname + location.search + location.hash;
    const keepPlace = session.reason !== "signed-out" && here !== "/";
    return <Navigate to={keepPlace ? `/login?next=${encodeURIComponent(here)}` : "/login"} replace />;
  }
  return <Outlet />;
}
