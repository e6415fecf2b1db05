import { downloadFile } from "../../../lib/download.ts";

/** Mijn gegevens downloaden: saves the JSON file under the name the server gives it (mijn-gegevens-<date>.json). */
export function downloadOwnData(): Promise<void> {
  return downloadFile("/api/me/data", "application/json", "mijn-gegevens.json");
}
