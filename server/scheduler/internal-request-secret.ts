import { randomBytes } from "node:crypto";
import { processGlobal } from "@/lib/process-global";

// A random secret made once per server process and never written anywhere: the scheduler (run
// from instrumentation.ts) proves with it that a request to /api/internal/* comes from this
// very process. A process global, because Next bundles instrumentation and route handlers
// separately; they share the process, not module instances.
export function internalRequestSecret(): string {
  return processGlobal("internal-request-secret", () => ({
    value: randomBytes(32).toString("base64url"),
  })).value;
}
