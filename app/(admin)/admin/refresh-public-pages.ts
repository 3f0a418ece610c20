import "server-only";
import { updateTag } from "next/cache";
import { after } from "next/server";
import { purgeHttpCache } from "@/lib/cache/purge-http-cache";

// After a newsroom change has committed: the next request for any public page carrying one of
// these tags renders afresh. Server actions only (updateTag's rule).
export function refreshPublicPages(tags: Iterable<string>): void {
  const unique = [...new Set(tags)];
  for (const tag of unique) updateTag(tag);
  // The HTTP cache in front drops them too, once the action is over (see refreshPublicCaches).
  after(() => purgeHttpCache(unique));
}
