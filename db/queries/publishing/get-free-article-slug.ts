import { and, eq, like, ne, or } from "drizzle-orm";
import { MAX_SLUG_LENGTH } from "@/lib/slugs/is-valid-slug";
import type { DbExecutor } from "../../open-database";
import { articles } from "../../schema";

// `base`, or `base-2`, `base-3`… whichever is the first no other article uses.
export function getFreeArticleSlug(db: DbExecutor, base: string, articleId: number | null): string {
  const taken = new Set(
    db
      .select({ slug: articles.slug })
      .from(articles)
      .where(
        and(
          or(eq(articles.slug, base), like(articles.slug, `${base}-%`)),
          articleId === null ? undefined : ne(articles.id, articleId),
        ),
      )
      .all()
      .map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
