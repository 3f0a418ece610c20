import { NextResponse, type NextRequest } from "next/server";
import { parsePageNumber } from "@/lib/pagination";

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
  return changed ? NextResponse.redirect(url, 308) : NextResponse.next();
}

export const config = {
  matcher: [
    "/((?!_next/|media/)[^A-Z]*[A-Z].*)",
    { source: "/:path*", has: [{ type: "query", key: "page" }] },
  ],
};
