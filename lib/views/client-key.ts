import { createHash, randomBytes } from "node:crypto";

// A new secret every day, held only in memory: the key of a client cannot be linked to its
// address, nor across days or restarts.
let salt = randomBytes(16);
let saltDay = "";

// An opaque, short-lived key for flood control: a salted hash of the connecting address and
// the browser's User-Agent. Neither is stored.
export function clientKey(headers: Headers, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  if (day !== saltDay) {
    salt = randomBytes(16);
    saltDay = day;
  }
  // The last hop is the address the nearest proxy (or Next's own server) saw; earlier entries
  // can be made up by the client.
  const forwarded = headers.get("x-forwarded-for")?.split(",").pop()?.trim() ?? "";
  const address = forwarded || headers.get("x-real-ip") || "";
  return createHash("sha256")
    .update(salt)
    .update(address)
    .update("\0")
    .update(headers.get("user-agent") ?? "")
    .digest("base64url")
    .slice(0, 22);
}
