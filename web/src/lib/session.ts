import type { CurrentUser, SessionResponse } from "@afdelingsplanner/shared/schemas";

/**
 * Why the user is signed out: after an explicit logout we don't send them back to
 * where they were; after an expired or missing session we do (via ?next=).
 */
export type SignedOutReason = "no-session" | "expired" | "signed-out";

export type Session =
  | { status: "loading" }
  | { status: "authenticated"; user: CurrentUser }
  | { status: "anonymous"; reason: SignedOutReason };

// The access token lives in module memory only, never in storage, so a script
// injected into the page can't lift it from localStorage after the tab closes.
let accessToken: string | null = null;
let session: Session = { status: "loading" };
const listeners = new Set<() => void>();

function publish(next: Session): void {
  session = next;
  for (const listener of listeners) listener();
}

export function getAccessToken(): string | null {
  return accessToken;
}

/** Snapshot for useSyncExternalStore; a new object only when the session changes. */
export function getSession(): Session {
  return session;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startSession(response: SessionResponse): void {
  accessToken = response.accessToken;
  publish({ status: "authenticated", user: response.user });
}

export function endSession(reason: SignedOutReason): void {
  accessToken = null;
  if (session.status === "anonymous" && session.reason === reason) return;
  publish({ status: "anonymous", reason });
}
