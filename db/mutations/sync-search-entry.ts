import { asc, eq, sql } from "drizzle-orm";
import { buildSearchDocument } from "@/lib/search/search-document";
import { getBylineNames } from "../queries/publishing/get-byline-names";
import type { DbExecutor } from "../open-database";
import { articles, articleTags, tags } from "../schema";

// The one code path that writes the full-text index: called inside every transaction that
// publishes, updates, unpublishes or trashes an article. Only published articles are indexed.
export function syncSearchEntry(db: DbExecutor, articleId: number): void {
  db.run(sql`delete from articles_fts where rowid = ${articleId}`);
  const article = db
    .select({
      status: articles.status,
      title: articles.title,
      standfirst: articles.standfirst,
      body: articles.body,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (article?.status !== "published") return;
  const tagNames = db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position))
    .all()
    .map((row) => row.name);
  const authorNames = getBylineNames(db, articleId);
  const entry = buildSearchDocument({ ...article, tagNames, authorNames });
  db.run(
    sql`insert into articles_fts (rowid, title, standfirst, body, tags, authors) values (${articleId}, ${entry.title}, ${entry.standfirst}, ${entry.body}, ${entry.tags}, ${entry.authors})`,
  );
}
