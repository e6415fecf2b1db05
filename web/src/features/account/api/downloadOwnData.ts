import { apiResponse } from "../../../lib/api.ts";

/** Mijn gegevens downloaden: saves the JSON file under the name the server gives it (mijn-gegevens-<date>.json). */
export async function downloadOwnData(): Promise<void> {
  const response = await apiResponse("/api/me/data", { accept: "application/json" });
  const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "mijn-gegevens.json";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
