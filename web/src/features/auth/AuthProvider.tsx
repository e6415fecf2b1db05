import { useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { refreshSession } from "../../lib/api.ts";
import { endSession, getSession, subscribeSession } from "../../lib/session.ts";
import { AuthContext } from "./authContext.ts";

/** Restores the session from the refresh cookie on page load and shares it with the app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(subscribeSession, getSession);
  const queryClient = useQueryClient();

  useEffect(() => {
    // StrictMode runs this twice; refreshSession() shares one request, so only one call goes out.
    if (getSession().status !== "loading") return;
    refreshSession()
      .then((restored) => {
        if (!restored) endSession("no-session");
      })
      .catch(() => endSession("no-session"));
  }, []);

  // Never show one user's cached data to the next person who logs in on this device. Only a real
  // sign-out clears the cache: clearing when the page-load check finds nobody signed in would also
  // cancel the queries that public pages (ask to attend a board meeting) have already started.
  const previousStatus = useRef(session.status);
  useEffect(() => {
    if (session.status === "anonymous" && previousStatus.current === "authenticated") queryClient.clear();
    previousStatus.current = session.status;
  }, [session.status, queryClient]);

  return <AuthContext value={session}>{children}</AuthContext>;
}
