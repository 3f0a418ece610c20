import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getConfig } from "@/lib/config";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { getSessionPolicy } from "@/lib/auth/session-policy";
import { validateSessionToken, type StaffSession } from "./validate-session-token";

// The signed-in staff member of this request, checked against the database once per request
// (React's cache), or null.
export const getCurrentSession = cache(async (): Promise<StaffSession | null> => {
  const cookie = sessionCookie(getConfig().siteUrl);
  const token = (await cookies()).get(cookie.name)?.value;
  return validateSessionToken(getDb(), token, new Date(), getSessionPolicy());
});
