import "server-only";
import { updateTag } from "next/cache";

// After a newsroom change has committed: the next request for any public page carrying one of
// these tags renders afresh. Server actions only (updateTag's rule).
export function refreshPublicPages(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) updateTag(tag);
}
