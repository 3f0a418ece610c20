import { NextResponse, type NextRequest } from "next/server";
import { adminContentSecurityPolicy } from "@/lib/auth/admin-content-security-policy";
import { getConfig } from "@/lib/config";
import { EDITION_COOKIE, liteRedirectFor, parseEdition } from "@/lib/lite/edition-choice";
import { parsePageNumber } from "@/lib/pagination";
import { goneResponse } from "@/server/seo/gone-response";

// Canonical addresses before any page renders: letter-case variants and the legacy ?page=N both
// answer with a permanent redirect. The matcher keeps every other request out of here.
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  let changed = false;
  if (/[A-Z]/.test(url.pathname)) {
    url.pathname = url.pathname.toLowerCase();
    changed = true;
  }
  const legacyPage = url.searchParams.get("page");
  if (legacyPage !== null) {
    url.searchParams.delete("page");
    const page = parsePageNumber(legacyPage);
    const base = url.pathname.replace(/\/+$/, "").replace(/\/page\/[^/]*$/, "");
    url.pathname = page && page > 1 ? `${base}/page/${page}` : base || "/";
    changed = true;
  }
  if (changed) return NextResponse.redirect(url, 308);
  const gone = goneResponse(request);
  if (gone) return gone;
  const lite = liteEditionRedirect(request);
  if (lite) return lite;
  return isAdminPath(url.pathname) ? adminResponse(request) : NextResponse.next();
}

// A browser saving data (Save-Data: on), or a reader who chose the lite edition, is sent to the
// page's lite twin; a reader who chose the full site stays (docs/decisions/0012-lite-edition.md).
// Temporary and private: the same address answers differently per reader, so no cache keeps it.
function liteEditionRedirect(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const edition = parseEdition(request.cookies.get(EDITION_COOKIE)?.value);
  const target = liteRedirectFor(
    request.nextUrl.pathname,
    request.headers.get("save-data"),
    edition,
  );
  if (!target) return null;
  const url = request.nextUrl.clone();
  url.pathname = target;
  const response = NextResponse.redirect(url, 302);
  response.headers.set("Vary", "Save-Data, Cookie");
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

function isAdminPath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

// Headers for everything under /admin. Not a guard: every admin page, action and route handler
// checks the session itself (server/auth/require-staff.ts).
function adminResponse(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = adminContentSecurityPolicy(nonce, {
    https: getConfig().siteUrl.startsWith("https://"),
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  // Lets the sign-in page return to the page that was asked for.
  requestHeaders.set("x-gazeti-admin-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}

export const config = {
  matcher: [
    // Not files named by content (lib/slugs/first-segments.ts: media, _next).
    "/((?!media/|_next/)[^A-Z]*[A-Z].*)",
    { source: "/:path*", has: [{ type: "query", key: "page" }] },
    "/admin",
    "/admin/:path*",
    // Article addresses, for the 410 of trashed stories (server/seo/gone-response.ts): not under
    // the segments lib/slugs/first-segments.ts marks notStories (a test keeps them in step).
    "/((?!admin/|api/|author/|media/|page/|search/|tag/|_next/)[a-z0-9-]+/[a-z0-9-]+)",
    // Readers who want the lite edition (lib/lite/edition-choice.ts): pages without a dot, outside
    // the lite edition itself and the segments that have no lite twin (lib/lite/lite-paths.ts).
    {
      source: "/((?!admin(?:/|$)|api/|lite(?:/|$)|media/|search(?:/|$)|_next/)[^.]*)",
      has: [{ type: "header", key: "save-data", value: "on" }],
    },
    {
      source: "/((?!admin(?:/|$)|api/|lite(?:/|$)|media/|search(?:/|$)|_next/)[^.]*)",
      has: [{ type: "cookie", key: "gazeti-edition", value: "lite" }],
    },
  ],
};
