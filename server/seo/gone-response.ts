import { NextResponse, type NextRequest } from "next/server";
import { isGoneArticlePath } from "./is-gone-article-path";

// 410 Gone with the designed page, for a story in the trash. Article pages cannot set that
// status themselves (notFound() is 404 only), so the proxy answers before Next's page cache is
// consulted (and the server's page cache lets these addresses through: scripts/serve.ts).
export function goneResponse(request: NextRequest): NextResponse | null {
  if (!isGoneArticlePath(request.nextUrl.pathname)) return null;
  const url = request.nextUrl.clone();
  url.pathname = "/gone/article";
  url.search = "";
  return NextResponse.rewrite(url, { status: 410 });
}
