import type { ServerResponse } from "node:http";

// Adds a field to the response's Vary header unless it is named there already.
export function appendVary(response: ServerResponse, field: string): void {
  const vary = String(response.getHeader("vary") ?? "");
  const fields = vary
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (fields.some((name) => name.toLowerCase() === field.toLowerCase())) return;
  response.setHeader("Vary", [...fields, field].join(", "));
}
