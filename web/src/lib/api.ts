import type { ErrorBody, SessionResponse } from "@afdelingsplanner/shared/schemas";
import { endSession, getAccessToken, startSession } from "./session.ts";

/** Any non-2xx answer from the API. status 0 means the server could not be reached. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Serialised as JSON. Omit it for empty bodies: Fastify rejects a JSON content type without a body. */
  body?: unknown;
  signal?: AbortSignal;
  /** What to ask for; JSON unless a file (CSV, iCalendar) is wanted. */
  accept?: string;
}

// Auth endpoints answer 401 for wrong credentials or a missing cookie; refreshing there would loop.
const AUTH_PREFIX = "/api/auth/";

export async function apiFetch<T>(path: string, options: ApiOptions = {}): Promise<T> {
  return parse<T>(await apiResponse(path, options));
}

/**
 * The raw successful response, for files; non-2xx answers throw ApiError like apiFetch.
 * Both share the token handling and the single refresh on 401.
 */
export async function apiResponse(path: string, options: ApiOptions = {}): Promise<Response> {
  const tokenUsed = getAccessToken();
  let response = await send(path, options, tokenUsed);

  if (response.status === 401 && !path.startsWith(AUTH_PREFIX)) {
    // Another request may have renewed the token while this one was in flight: then just retry.
    const current = getAccessToken();
    const renewed = (current !== null && current !== tokenUsed) || (await renewAfterUnauthorized());
    if (renewed) response = await send(path, options, getAccessToken());
  }
  if (!response.ok) await parse<never>(response); // throws the ApiError
  return response;
}

let pendingRefresh: Promise<boolean> | null = null;

/**
 * Trades the httpOnly refresh cookie for a new access token. Concurrent callers share one
 * request, because the server may rotate the cookie and a second refresh would race it.
 * Resolves false when there is no valid session; throws ApiError when the server can't say.
 */
export function refreshSession(): Promise<boolean> {
  pendingRefresh ??= requestRefresh().finally(() => {
    pendingRefresh = null;
  });
  return pendingRefresh;
}

async function requestRefresh(): Promise<boolean> {
  const response = await send(`${AUTH_PREFIX}refresh`, { method: "POST" }, null);
  // A rate limit or server error says nothing about the session, so don't sign out for those.
  if (response.status >= 400 && response.status < 500 && response.status !== 429) return false;
  startSession(await parse<SessionResponse>(response));
  return true;
}

async function renewAfterUnauthorized(): Promise<boolean> {
  const renewed = await refreshSession();
  // Ending the session makes <RequireAuth> send the user to /login?next=<where they were>.
  if (!renewed) endSession("expired");
  return renewed;
}

async function send(path: string, options: ApiOptions, token: string | null): Promise<Response> {
  const headers = new Headers({ Accept: options.accept ?? "application/json" });
  if (token !== null) headers.set("Authorization", `Bearer ${token}`);
  if (options.body !== undefined) headers.set("Content-Type", "application/json");

  try {
    return await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause; // a cancelled query, not a network problem
    throw new ApiError(0, "NETWORK_ERROR", "The server could not be reached.");
  }
}

async function parse<T>(response: Response): Promise<T> {
  // 204 No Content (logout): callers of such endpoints use T = void.
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return data as T;
  if (isErrorBody(data)) throw new ApiError(response.status, data.error.code, data.error.message);
  throw new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
}

function isErrorBody(data: unknown): data is ErrorBody {
  if (typeof data !== "object" || data === null || !("error" in data)) return false;
  const { error } = data;
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    "message" in error &&
    typeof error.message === "string"
  );
}

/** The API path of one branch: every branch-scoped endpoint hangs under it. */
export function branchPath(slug: string): string {
  return `/api/branches/${encodeURIComponent(slug)}`;
}
