import { apiResponse } from "./api.ts";

/** Downloads a file the API serves (a CSV export, your own data as JSON) under the name its Content-Disposition gives, else `fallbackName`. */
export async function downloadFile(path: string, accept: string, fallbackName: string): Promise<void> {
  const response = await apiResponse(path, { accept });
  const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
