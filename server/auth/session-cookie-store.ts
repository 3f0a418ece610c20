import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/config";
import { sessionCookie } from "@/lib/auth/session-cookie";

// Only in server actions and route handlers: a rendering page cannot set cookies.
export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const cookie = sessionCookie(getConfig().siteUrl);
  (await cookies()).set(cookie.name, token, { ...cookie.options, expires: expiresAt });
}

export async function clearSessionCookie(): Promise<void> {
  const cookie = sessionCookie(getConfig().siteUrl);
  (await cookies()).set(cookie.name, "", { ...cookie.options, maxAge: 0 });
}
