import "server-only";
import { permanentRedirect } from "next/navigation";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getRedirectTarget } from "@/db/queries/get-redirect-target";
import { tagRender } from "@/server/cache/tag-render";

// For a page that found nothing at its address: a permanent redirect if the content moved (an old
// slug, a renamed section, tag or author), decided before anything renders so that even the first
// request gets the 308. Returns null when nothing moved, and the page answers 404.
//
// Next caches the redirect like a page. It carries the `sitemaps` tag, which every publish,
// unpublish, trash and slug change refreshes, because any of them may give the old address back
// to a live story.
//
// Synchronous when nothing moved, on purpose: a notFound() thrown after an await is rendered by
// Next 16 as an empty error shell instead of the designed not-found page. Callers write
// `const moved = redirectIfMoved(path); if (moved) await moved; notFound();`.
export function redirectIfMoved(path: string): Promise<never> | null {
  const target = getRedirectTarget(path);
  if (!target) return null;
  return tagRender(cacheTags.sitemaps).then(() => permanentRedirect(target));
}
