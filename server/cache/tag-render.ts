import "server-only";
import { unstable_cache } from "next/cache";

const MAX_TAGS_PER_CALL = 64;

// Attaches cache tags to the page being rendered, so that revalidating any of them refreshes it.
// Incremental static regeneration learns a page's tags from the cached reads made while rendering
// it; the ids of the articles a page shows are only known after its query, so they are declared
// here through a trivial cached read that carries them.
export async function tagRender(...tags: string[]): Promise<void> {
  const unique = [...new Set(tags)];
  for (let start = 0; start < unique.length; start += MAX_TAGS_PER_CALL) {
    const chunk = unique.slice(start, start + MAX_TAGS_PER_CALL);
    await unstable_cache(async () => true, ["gazeti-tags", ...chunk], { tags: chunk })();
  }
}
