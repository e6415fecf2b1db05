import { useContext } from "react";
import type { CurrentUser } from "@afdelingsplanner/shared/schemas";
import type { Session } from "../../lib/session.ts";
import { AuthContext } from "./authContext.ts";

export function useSession(): Session {
  const session = useContext(AuthContext);
  if (session === null) throw new Error("useSession() must be used inside <AuthProvider>");
  return session;
}

/** For pages behind <RequireAuth>, which only renders them with a signed-in user. */
export function useCurrentUser(): CurrentUser {
  const session = useSession();
  if (session.status !== "authenticated") throw new Error("useCurrentUser() must be used under <RequireAuth>");
  return session.user;
}
