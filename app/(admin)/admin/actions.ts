"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { deleteSession } from "@/db/mutations/delete-session";
import { recordAudit } from "@/db/mutations/record-audit";
import { getCurrentSession } from "@/server/auth/get-current-session";
import { clearSessionCookie } from "@/server/auth/session-cookie-store";

// Deletes the session row (the cookie alone is worthless without it) and the cookie.
export async function signOutAction(): Promise<void> {
  const session = await getCurrentSession();
  if (session) {
    getDb().transaction((tx) => {
      deleteSession(tx, session.sessionId);
      recordAudit(tx, {
        actorId: session.user.id,
        action: "auth.sign_out",
        target: { type: "user", id: session.user.id },
      });
    });
  }
  await clearSessionCookie();
  redirect("/admin/login");
}
