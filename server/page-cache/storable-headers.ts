import type { ServerResponse } from "node:http";

// Headers that describe one transfer, not the page.
const TRANSFER_HEADERS = [
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
];

// The response headers Next set that belong to the page, kept with it.
export function storableHeaders(response: ServerResponse): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value === undefined || TRANSFER_HEADERS.includes(name)) continue;
    headers[name] = Array.isArray(value) ? value : String(value);
  }
  return headers;
}
