import { getStatementCount, queryCounterEnabled } from "@/db/query-counter";

export const dynamic = "force-dynamic";

// How many SQL statements this server process has run, for the test that proves cached public
// pages run none. Exists only when GAZETI_QUERY_COUNTER=1 (test servers); a 404 otherwise.
export function GET() {
  if (!queryCounterEnabled()) return new Response("Not found", { status: 404 });
  return Response.json(
    { statements: getStatementCount() },
    { headers: { "Cache-Control": "no-store" } },
  );
}
