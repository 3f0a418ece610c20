import { isIP } from "node:net";

// The client's address, only when `trustedHops` proxies in front of the server each append the
// address they received from to X-Forwarded-For. `next start` passes a client-sent header
// through, so without a trusted proxy every entry may be forged and none is read.
export function clientAddress(forwardedFor: string | null, trustedHops: number): string | null {
  if (trustedHops <= 0 || !forwardedFor) return null;
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The right-most `trustedHops` entries were written by our proxies; the last of those names
  // the client that reached the outermost proxy.
  const candidate = entries[entries.length - trustedHops];
  return candidate && isIP(candidate) ? candidate : null;
}
