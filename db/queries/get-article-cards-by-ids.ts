import { eq, inArray } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articles, categories } from "../schema";
import { articleCardColumns, heroMedia, toArticleCard } from "./article-card-columns";
import type { ArticleCard } from "./view-types";

// Second half of a deferred join: listings page over a covering index to find ids (so OFFSET
// never joins the rows it skips), then fetch just those cards here, in the given order.
export function getArticleCardsByIds(ids: number[], db: DbExecutor = getDb()): ArticleCard[] {
  if (ids.length === 0) return [];
  const rows = db
    .select(articleCardColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(heroMedia, eq(heroMedia.id, articles.heroMediaId))
    .where(inArray(articles.id, ids))
    .all();
  const byId = new Map(rows.map((row) => [row.id, toArticleCard(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
