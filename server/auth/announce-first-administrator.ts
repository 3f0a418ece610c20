import type { GazetiDatabase } from "@/db/open-database";
import type { Config } from "@/lib/config";
import { ensureFirstAdministrator } from "./ensure-first-administrator";

// Called by the start script. A generated password is printed here once and stored nowhere
// else in clear: whoever reads it signs in and should set their own.
export async function announceFirstAdministrator(
  db: GazetiDatabase,
  config: Pick<Config, "adminEmail" | "adminPassword" | "siteUrl">,
  log: (line: string) => void = (line) => console.log(line),
): Promise<void> {
  const result = await ensureFirstAdministrator(db, {
    email: config.adminEmail,
    password: config.adminPassword,
  });
  if (!result.created) return;
  const signIn = `${config.siteUrl}/admin/login`;
  if (!result.generatedPassword) {
    log(`[gazeti] Created the first administrator ${result.email} (password from ADMIN_PASSWORD)`);
    return;
  }
  log(
    [
      "[gazeti] ────────────────────────────────────────────────────────────",
      "[gazeti] Created the first administrator. This password is shown only once:",
      `[gazeti]   sign in at ${signIn}`,
      `[gazeti]   email     ${result.email}`,
      `[gazeti]   password  ${result.generatedPassword}`,
      "[gazeti] Change it under My account after signing in.",
      "[gazeti] ────────────────────────────────────────────────────────────",
    ].join("\n"),
  );
}
