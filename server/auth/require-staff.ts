import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { canDo, type Actor, type SiteAction } from "@/lib/auth/permissions";
import { getCurrentSession } from "./get-current-session";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import type { StaffSession } from "./validate-session-token";

export type StaffContext = StaffSession & { actor: Actor };

// The gate of every admin page and server action: no session sends the visitor to the sign-in
// page (a server action's caller gets that redirect instead of a result); a session without the
// permission gets 403. Route handlers use requireStaffForRoute, which answers with a status.
export async function requireStaff(permission?: SiteAction): Promise<StaffContext> {
  const session = await getCurrentSession();
  if (!session) {
    // The proxy passes the requested path on, so signing in can return to it.
    const requested = (await headers()).get("x-gazeti-admin-path");
    const next = safeReturnPath(requested);
    redirect(next === "/admin" ? "/admin/login" : `/admin/login?next=${encodeURIComponent(next)}`);
  }
  const actor: Actor = { id: session.user.id, role: session.user.role };
  if (permission && !canDo(actor, permission)) forbidden();
  return { ...session, actor };
}

export async function requireStaffForRoute(
  permission?: SiteAction,
): Promise<{ ok: true; context: StaffContext } | { ok: false; response: Response }> {
  const session = await getCurrentSession();
  const noStore = { "Cache-Control": "no-store" };
  if (!session) {
    return {
      ok: false,
      response: Response.json({ error: "Sign in first." }, { status: 401, headers: noStore }),
    };
  }
  const actor: Actor = { id: session.user.id, role: session.user.role };
  if (permission && !canDo(actor, permission)) {
    return {
      ok: false,
      response: Response.json({ error: "Not allowed." }, { status: 403, headers: noStore }),
    };
  }
  return { ok: true, context: { ...session, actor } };
}
