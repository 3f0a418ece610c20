import "server-only";
import { unstable_cache } from "next/cache";
import type { CachedDocument } from "./conditional-response";

class NothingHere extends Error {}

// Feeds and sitemaps are built once and kept in Next's data cache under their tag (`feeds`,
// `sitemaps`), which every publish, update, unpublish and trash revalidates; `revalidate` is a
// safety net should an invalidation be lost. The route itself stays dynamic so that it can answer
// each conditional request with a 304. "Nothing here" (null) is never stored: it leaves the cache
// by a throw, so endless unknown feed or sitemap names cannot fill it.
export async function getCachedDocument(
  key: string[],
  tags: string[],
  revalidate: number,
  build: () => CachedDocument | null,
): Promise<CachedDocument | null> {
  const cached = unstable_cache(
    async () => {
      const doc = build();
      if (!doc) throw new NothingHere();
      return doc;
    },
    ["gazeti-document", ...key],
    { tags, revalidate },
  );
  try {
    return await cached();
  } catch (error) {
    if (error instanceof NothingHere) return null;
    throw error;
  }
}
