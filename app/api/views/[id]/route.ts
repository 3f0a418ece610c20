import { clientKey } from "@/lib/views/client-key";
import { getViewCounter } from "@/server/views/get-view-counter";

export const dynamic = "force-dynamic";

// A transparent 1×1 GIF.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

// The view beacon: every article page carries <img src="/api/views/{id}">, so a view is counted
// with JavaScript off and without a cookie. Never cached anywhere, so each view reaches the
// server; the answer is the same whatever was counted, so it tells a client nothing.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (/^[1-9]\d{0,9}$/.test(id)) {
    getViewCounter().record(Number(id), {
      userAgent: request.headers.get("user-agent"),
      clientKey: clientKey(request.headers),
    });
  }
  return new Response(new Uint8Array(PIXEL), {
    headers: {
      "Content-Type": "image/gif",
      "Content-Length": String(PIXEL.length),
      "Cache-Control": "no-store, max-age=0",
      "X-Robots-Tag": "noindex",
    },
  });
}
