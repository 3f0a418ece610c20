import { cosineSimilarity, type TermVector } from "./term-vector";

// How related posts are chosen, with every weight in one place. What the stories say decides
// most: the cosine similarity of their TF-IDF term vectors (0 to 1). Shared tags add to it in
// proportion to how specific each tag is (a story tag on a handful of articles counts almost
// fully, a section-wide tag like "Courts" barely), then the same section, then closeness in
// time, which fades over a few weeks.
export const RELATED_WEIGHTS = {
  similarity: 10,
  // Per shared tag, times the tag's specificity (0 to 1); at most `sharedTagCap` tags count.
  sharedTag: 2,
  sharedTagCap: 3,
  sameCategory: 0.5,
  // At most this much, for stories published at the same moment; it halves every ~15 days.
  recency: 1.5,
  recencyScaleDays: 21,
} as const;

export type RelatedSubject = {
  id: number;
  categoryId: number;
  tagIds: number[];
  publishedAt: Date;
  vector: TermVector;
  // How specific each of the subject's tags is, 0 (on every article) to 1 (on one); a tag not
  // listed counts as fully specific.
  tagSpecificity?: ReadonlyMap<number, number>;
};

export type RankedRelated = { id: number; score: number };

export type RelatedScore = {
  similarity: number;
  sharedTags: number;
  sameCategory: number;
  recency: number;
  score: number;
};

const DAY_MS = 86_400_000;

// The score of one candidate, term by term, so an editor's "why is this here?" has an answer.
export function explainRelated(subject: RelatedSubject, candidate: RelatedSubject): RelatedScore {
  const weights = RELATED_WEIGHTS;
  const candidateTags = new Set(candidate.tagIds);
  const tagValues = subject.tagIds
    .filter((tag) => candidateTags.has(tag))
    .map((tag) => subject.tagSpecificity?.get(tag) ?? 1)
    .sort((a, b) => b - a)
    .slice(0, weights.sharedTagCap);
  const daysApart =
    Math.abs(subject.publishedAt.getTime() - candidate.publishedAt.getTime()) / DAY_MS;
  const parts = {
    similarity: weights.similarity * cosineSimilarity(subject.vector, candidate.vector),
    sharedTags: weights.sharedTag * tagValues.reduce((sum, value) => sum + value, 0),
    sameCategory: subject.categoryId === candidate.categoryId ? weights.sameCategory : 0,
    recency: weights.recency * Math.exp(-daysApart / weights.recencyScaleDays),
  };
  return {
    ...parts,
    score: parts.similarity + parts.sharedTags + parts.sameCategory + parts.recency,
  };
}

export function scoreRelated(subject: RelatedSubject, candidate: RelatedSubject): number {
  return explainRelated(subject, candidate).score;
}

// The best `limit` candidates, highest score first; equal scores go to the newer story.
export function rankRelated(
  subject: RelatedSubject,
  candidates: RelatedSubject[],
  limit: number,
): RankedRelated[] {
  return candidates
    .filter((candidate) => candidate.id !== subject.id)
    .map((candidate) => ({
      id: candidate.id,
      score: scoreRelated(subject, candidate),
      publishedAt: candidate.publishedAt.getTime(),
    }))
    .sort((a, b) => b.score - a.score || b.publishedAt - a.publishedAt || b.id - a.id)
    .slice(0, limit)
    .map(({ id, score }) => ({ id, score }));
}
