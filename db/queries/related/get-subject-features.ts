import { inArray, sql } from "drizzle-orm";
import type { RelatedSubject } from "@/lib/related/rank-related";
import { tagSpecificity } from "@/lib/related/tag-specificity";
import { termVector, weightedTerms, type WeightedTerm } from "@/lib/related/term-vector";
import { buildSearchDocument } from "@/lib/search/search-document";
import { getBylineNames } from "../publishing/get-byline-names";
import type { DbExecutor } from "../../open-database";
import { tags } from "../../schema";
import type { RelatedContext } from "./get-related-context";
import type { RelatedSource } from "./get-related-source";

export type SubjectFeatures = { subject: RelatedSubject; terms: WeightedTerm[] };

// How the ranking sees a story: its term vector, tags with their specificity, section and date.
export function getSubjectFeatures(
  db: DbExecutor,
  articleId: number,
  source: RelatedSource,
  context: RelatedContext,
): SubjectFeatures {
  const tagRows =
    source.tagIds.length === 0
      ? []
      : db
          .select({ id: tags.id, name: tags.name })
          .from(tags)
          .where(inArray(tags.id, source.tagIds))
          .all();
  const byId = new Map(tagRows.map((row) => [row.id, row]));
  const uses = (tagId: number) => {
    let count = context.tagUses.get(tagId);
    if (count === undefined) {
      count =
        db.get<{ n: number }>(
          sql`select count(*) as n from article_tags where tag_id = ${tagId} and published_at is not null`,
        )?.n ?? 0;
      context.tagUses.set(tagId, count);
    }
    return count;
  };
  const authorNames = getBylineNames(db, articleId);
  const document = buildSearchDocument({
    ...source,
    tagNames: source.tagIds.flatMap((id) => byId.get(id)?.name ?? []),
    authorNames,
  });
  const terms = weightedTerms(document, context.stats);
  return {
    terms,
    subject: {
      id: articleId,
      categoryId: source.categoryId,
      tagIds: source.tagIds,
      publishedAt: source.publishedAt ?? new Date(),
      vector: termVector(terms, context.stats),
      tagSpecificity: new Map(
        tagRows.map((row) => [row.id, tagSpecificity(uses(row.id), context.stats.documentCount)]),
      ),
    },
  };
}
