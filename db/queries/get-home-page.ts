import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { articles, categories } from "../schema";
import { getArticleCardsByIds } from "./get-article-cards-by-ids";
import type { ArticleCard, CategoryRef } from "./view-types";

export type HomePage = {
  lead: ArticleCard | null;
  latest: ArticleCard[];
  sections: { category: CategoryRef & { description: string }; articles: ArticleCard[] }[];
};

const LATEST_COUNT = 8;
const SECTION_COUNT = 4;

export function getHomePage(db: DbExecutor = getDb()): HomePage {
  const latestIds = db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(LATEST_COUNT + 1)
    .all()
    .map((row) => row.id);
  const shown = new Set(latestIds);
  const sectionCategories = db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
    })
    .from(categories)
    .orderBy(asc(categories.navOrder), asc(categories.id))
    .all();
  // Sections skip stories already in the lead and latest blocks, so nothing shows twice.
  const sectionIds = sectionCategories.map((category) =>
    db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.categoryId, category.id), eq(articles.status, "published")))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(SECTION_COUNT + LATEST_COUNT + 1)
      .all()
      .map((row) => row.id)
      .filter((id) => !shown.has(id))
      .slice(0, SECTION_COUNT),
  );
  const cards = new Map(
    getArticleCardsByIds([...latestIds, ...sectionIds.flat()], db).map((card) => [card.id, card]),
  );
  const pick = (ids: number[]) => ids.flatMap((id) => cards.get(id) ?? []);
  const [lead = null, ...latest] = pick(latestIds);
  return {
    lead,
    latest,
    sections: sectionCategories
      .map(({ slug, name, description }, index) => ({
        category: { slug, name, description },
        articles: pick(sectionIds[index] ?? []),
      }))
      .filter((section) => section.articles.length > 0),
  };
}
