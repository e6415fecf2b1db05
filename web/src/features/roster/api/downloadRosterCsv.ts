import { downloadFile } from "../../../lib/download.ts";
import { branchPath } from "./keys.ts";

/** Downloads the roster as a CSV file under the name the server gives it. */
export function downloadRosterCsv(slug: string, asOf: string): Promise<void> {
  return downloadFile(`${branchPath(slug)}/roster.csv?asOf=${encodeURIComponent(asOf)}`, "text/csv", "rooster-van-aftreden.csv");
}
