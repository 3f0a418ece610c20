// How related posts are chosen, with every weight in one place: the same story first (the
// article's first tag names its story), then other shared tags, then the same section; recency
// only breaks ties.
export const RELATED_WEIGHTS = {
  sameStory: 10,
  sharedTag: 3,
  sameCategory: 2,
  // At most 1: closer in time ranks higher among otherwise equal candidates.
  recency: 1,
  recencyScaleDays: 30,
} as const;

export type RelatedSubject = {
  id: number;
  categoryId: number;
  // In editorial order: the first is the story tag.
  tagIds: number[];
  publishedAt: Date;
};

export type RankedRelated = { id: number; score: number };

const DAY_MS = 86_400_000;

export function scoreRelated(subject: RelatedSubject, candidate: RelatedSubject): number {
  const weights = RELATED_WEIGHTS;
  const storyTag = subject.tagIds[0];
  const candidateTags = new Set(candidate.tagIds);
  const sameStory = storyTag !== undefined && candidateTags.has(storyTag);
  const shared = subject.tagIds.filter((tag) => candidateTags.has(tag)).length;
  const daysApart =
    Math.abs(subject.publishedAt.getTime() - candidate.publishedAt.getTime()) / DAY_MS;
  return (
    (sameStory ? weights.sameStory : 0) +
    shared * weights.sharedTag +
    (subject.categoryId === candidate.categoryId ? weights.sameCategory : 0) +
    weights.recency * Math.exp(-daysApart / weights.recencyScaleDays)
  );
}

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
