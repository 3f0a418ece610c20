import { acceptedCodings } from "./accepted-codings";

// The smallest coding the client accepts of those the page cache makes: brotli, then gzip, or
// null for the plain body.
export function pickEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null {
  const accepted = acceptedCodings(acceptEncoding);
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return null;
}
