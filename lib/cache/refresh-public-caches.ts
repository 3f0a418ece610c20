import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { forgetGoneArticles } from "@/lib/seo/gone-articles";
import { purgeHttpCache } from "./purge-http-cache";

// Where the refresh is asked from decides Next's function: updateTag works only in a server
// action (and lets the action's own response read its writes); a route handler, such as the
// scheduler's, must use revalidateTag, where `expire: 0` makes the next request render afresh
// instead of being served the stale page once.
export type RefreshContext = "server-action" | "route-handler";

// Called after the transaction has committed, never inside it: a page re-rendered before the
// commit would be cached with the old content again.
export async function refreshPublicCaches(
  tags: readonly string[],
  context: RefreshContext,
): Promise<void> {
  const unique = [...new Set(tags)];
  forgetGoneArticles();
  for (const tag of unique) {
    if (context === "server-action") updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  // The HTTP cache in front of Next (Varnish with xkey, docs/decisions/0008) drops the same tags.
  // Only once the request is over: Next applies these tags when the action or route handler
  // finishes, and a cache refetching before that would store the old page again for its TTL.
  after(() => purgeHttpCache(unique));
}
