import { ApiError, refreshSession } from "../../../lib/api.ts";
import { getAccessToken } from "../../../lib/session.ts";
import { branchPath } from "./keys.ts";

// apiFetch parses JSON; a file needs the raw bytes, so this one request is made by hand with the
// same token and the same one-time refresh on 401.
async function fetchCsv(url: string): Promise<Response> {
  const token = getAccessToken();
  const headers = new Headers({ Accept: "text/csv" });
  if (token !== null) headers.set("Authorization", `Bearer ${token}`);
  try {
    return await fetch(url, { headers, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "NETWORK_ERROR", "The server could not be reached.");
  }
}

/** Downloads the roster as a CSV file under the name the server gives it. */
export async function downloadRosterCsv(slug: string, asOf: string): Promise<void> {
  const url = `${branchPath(slug)}/roster.csv?asOf=${encodeURIComponent(asOf)}`;
  let response = await fetchCsv(url);
  if (response.status === 401 && (await refreshSession())) response = await fetchCsv(url);
  if (!response.ok) throw new ApiError(response.status, `HTTP_${response.status}`, response.statusText);

  const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "rooster-van-aftreden.csv";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
