import { eq } from "drizzle-orm";
import type { RankedRelated } from "@/lib/related/rank-related";
import type { DbExecutor } from "../../open-database";
import { relatedArticles } from "../../schema";
import { getRelatedContext } from "./get-related-context";
import { getRelatedRanking } from "./get-related-ranking";
import { getRelatedSource, type RelatedSource } from "./get-related-source";
import { getSubjectFeatures } from "./get-subject-features";

export type RelatedRefresh = { articleId: number; ranked: RankedRelated[] }[];

// Publishing or removing one article changes the lists of the stories it belongs with. The plan
// (read phase, before the transaction) holds the article's own list, unless it is being
// removed, and the recomputed list of every story that ranks it or now would.
export function getRelatedRefreshPlan(
  db: DbExecutor,
  articleId: number,
  options: { removing?: boolean; source?: RelatedSource } = {},
): RelatedRefresh {
  const context = getRelatedContext(db);
  // The article is changing: its stored vector (if any) describes the old text.
  context.vectors.delete(articleId);
  const listing = new Set(
    db
      .select({ id: relatedArticles.articleId })
      .from(relatedArticles)
      .where(eq(relatedArticles.relatedId, articleId))
      .all()
      .map((row) => row.id),
  );
  if (options.removing) {
    return [...listing].map((id) => ({
      articleId: id,
      ranked: getRelatedRanking(db, id, { context, excludeIds: [articleId] }),
    }));
  }
  const source = options.source ?? getRelatedSource(db, articleId);
  if (!source) return [];
  const own = getRelatedRanking(db, articleId, { source, context });
  const self = getSubjectFeatures(db, articleId, source, context).subject;
  const neighbours = new Set([...own.map((entry) => entry.id), ...listing]);
  return [
    { articleId, ranked: own },
    ...[...neighbours].map((id) => ({
      articleId: id,
      ranked: getRelatedRanking(db, id, { context, extraCandidates: [self] }),
    })),
  ];
}
