import { getConfig } from "@/lib/config";

// For route handlers that change something (the media upload): server actions get Next's own
// Origin check, route handlers do not. SameSite=Lax already keeps the session cookie off
// cross-site POSTs in current browsers; this refuses them outright, whatever the browser.
export function isSameOrigin(request: Request, siteUrl: string = getConfig().siteUrl): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  const allowed = new Set([new URL(siteUrl).origin]);
  // The Host header is set by the browser for the server it is talking to, so a page on another
  // site cannot make its Origin match it.
  const host = request.headers.get("host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}
