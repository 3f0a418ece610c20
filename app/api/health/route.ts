import { pingDatabase } from "@/db/queries/ping-database";

export const dynamic = "force-dynamic";

// Liveness and database reachability, for load balancers and the test harness.
export function GET() {
  try {
    pingDatabase();
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ ok: false }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
