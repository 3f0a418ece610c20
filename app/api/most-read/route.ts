import { getMostRead, type MostRead } from "@/db/queries/get-most-read";

export const dynamic = "force-dynamic";

// How long one answer is reused, here and by browsers and shared caches.
const FRESH_SECONDS = 60;

let memo: { at: number; body: MostRead } | null = null;

// The "Most read" list on its own, for the pages that embed it (see
// docs/decisions/0007-most-read.md): the pages stay cached for an hour while this short-lived
// answer keeps their list current. One database read per minute per server, whatever the
// traffic.
export function GET() {
  const now = Date.now();
  if (!memo || now - memo.at > FRESH_SECONDS * 1000) memo = { at: now, body: getMostRead() };
  return Response.json(memo.body, {
    headers: {
      "Cache-Control": `public, max-age=${FRESH_SECONDS}, s-maxage=${FRESH_SECONDS * 2}, stale-while-revalidate=600`,
      "X-Robots-Tag": "noindex",
    },
  });
}
