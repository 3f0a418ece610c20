import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { purgePageCache } from "@/server/page-cache/purge-page-cache";
import { forgetGoneArticles } from "@/server/seo/gone-articles";
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
  // The server's page cache (docs/decisions/0010) and the HTTP cache in front of it (Varnish with
  // xkey, docs/decisions/0008) drop the same tags. Next applies these tags only when the action
  // or route handler finishes, and a cache refetching before that would store the old page again:
  // so the purge comes again once the request is over. The first one, now, lets the editor's
  // next page load read their change.
  purgePageCache(unique);
  after(() => {
    purgePageCache(unique);
    return purgeHttpCache(unique);
  });
}
