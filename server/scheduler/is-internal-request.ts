import { timingSafeEqual } from "node:crypto";
import { internalRequestSecret } from "./internal-request-secret";

// Whether a request carries this process's internal secret (compared in constant time).
export function isInternalRequest(request: Request): boolean {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(internalRequestSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
