import { hasLiteTwin } from "@/lib/lite/lite-paths";

// A full page with a lite twin is a redirect to it for a browser saving data (proxy.ts), so its
// stored answer says so to every cache after this one. Next sets its own Vary on App Router
// pages, overriding one set in next.config.ts, hence here.
export function varyOnSaveData(
  headers: Record<string, string | string[]>,
  path: string,
): Record<string, string | string[]> {
  if (!hasLiteTwin(path)) return headers;
  const fields = String(headers.vary ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (fields.some((name) => name.toLowerCase() === "save-data")) return headers;
  return { ...headers, vary: [...fields, "Save-Data"].join(", ") };
}
