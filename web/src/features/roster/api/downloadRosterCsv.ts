import { apiResponse } from "../../../lib/api.ts";
import { branchPath } from "./keys.ts";

/** Downloads the roster as a CSV file under the name the server gives it. */
export async function downloadRosterCsv(slug: string, asOf: string): Promise<void> {
  const response = await apiResponse(`${branchPath(slug)}/roster.csv?asOf=${encodeURIComponent(asOf)}`, { accept: "text/csv" });
  const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "rooster-van-aftreden.csv";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
