import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbExecutor } from "../open-database";
import { articles, articleTags, relatedArticles } from "../schema";
import { rankRelated, type RankedRelated, type RelatedSubject } from "@/lib/related/rank-related";
import { RELATED_LIMIT } from "../queries/related-limit";

const SAME_CATEGORY_CANDIDATES = 40;

function loadSubjects(db: DbExecutor, ids: number[]): RelatedSubject[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({ id: articles.id, categoryId: articles.categoryId, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(inArray(articles.id, ids), eq(articles.status, "published")))
    .all();
  const links = db
    .select({ articleId: articleTags.articleId, tagId: articleTags.tagId })
    .from(articleTags)
    .where(inArray(articleTags.articleId, ids))
    .orderBy(articleTags.articleId, articleTags.position)
    .all();
  const tagsByArticle = new Map<number, number[]>();
  for (const link of links) {
    const list = tagsByArticle.get(link.articleId) ?? [];
    list.push(link.tagId);
    tagsByArticle.set(link.articleId, list);
  }
  return rows.map((row) => ({
    id: row.id,
    categoryId: row.categoryId,
    publishedAt: row.publishedAt ?? new Date(0),
    tagIds: tagsByArticle.get(row.id) ?? [],
  }));
}

// The read half: run before the write transaction so no heavy reading holds the write lock.
export function computeRelatedArticles(db: DbExecutor, articleId: number): RankedRelated[] {
  const [subject] = loadSubjects(db, [articleId]);
  if (!subject) return [];
  const sharingTags =
    subject.tagIds.length === 0
      ? []
      : db
          .selectDistinct({ id: articleTags.articleId })
          .from(articleTags)
          .where(
            and(inArray(articleTags.tagId, subject.tagIds), isNotNull(articleTags.publishedAt)),
          )
          .all()
          .map((row) => row.id);
  const sameCategory = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.categoryId, subject.categoryId), eq(articles.status, "published")))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(SAME_CATEGORY_CANDIDATES)
    .all()
    .map((row) => row.id);
  const candidateIds = [...new Set([...sharingTags, ...sameCategory])];
  return rankRelated(subject, loadSubjects(db, candidateIds), RELATED_LIMIT);
}

// The write half: replaces the stored list (pinned entries are kept) inside the caller's
// transaction.
export function writeRelatedArticles(
  db: DbExecutor,
  articleId: number,
  ranked: RankedRelated[],
): void {
  db.delete(relatedArticles)
    .where(and(eq(relatedArticles.articleId, articleId), eq(relatedArticles.pinned, false)))
    .run();
  const pinned = new Set(
    db
      .select({ id: relatedArticles.relatedId })
      .from(relatedArticles)
      .where(eq(relatedArticles.articleId, articleId))
      .all()
      .map((row) => row.id),
  );
  const rows = ranked
    .filter((entry) => !pinned.has(entry.id))
    .map((entry, index) => ({
      articleId,
      relatedId: entry.id,
      position: pinned.size + index,
      score: entry.score,
    }));
  if (rows.length > 0) db.insert(relatedArticles).values(rows).run();
}
