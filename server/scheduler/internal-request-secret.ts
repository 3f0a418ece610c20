import { randomBytes } from "node:crypto";

const SECRET = Symbol.for("gazeti.internal-request-secret");
const store = globalThis as { [SECRET]?: string };

// A random secret made once per server process and never written anywhere: the scheduler (run
// from instrumentation.ts) proves with it that a request to /api/internal/* comes from this
// very process. It lives on globalThis because Next bundles instrumentation and route handlers
// separately; they share the process, not module instances.
export function internalRequestSecret(): string {
  store[SECRET] ??= randomBytes(32).toString("base64url");
  return store[SECRET];
}
