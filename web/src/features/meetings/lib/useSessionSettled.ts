import { useEffect, useState } from "react";
import { useSession } from "../../auth/useAuth.ts";

/**
 * True once the page-load session check has finished, one render after it did. The public pages wait for
 * it: when the check ends signed out, <AuthProvider> clears the query cache, which would drop a query
 * that had already started and leave the page on "Laden…".
 */
export function useSessionSettled(): boolean {
  const session = useSession();
  const [settled, setSettled] = useState(session.status !== "loading");
  useEffect(() => {
    if (session.status !== "loading") setSettled(true);
  }, [session.status]);
  return settled;
}
