import { describe, expect, it } from "vitest";
import {
  explainRelated,
  rankRelated,
  RELATED_WEIGHTS,
  scoreRelated,
  type RelatedSubject,
} from "./rank-related";
import { termVector, weightedTerms, type TermStatistics } from "./term-vector";

const ids = new Map<string, number>();
const stats: TermStatistics = {
  documentCount: 1000,
  documentFrequency: () => 10,
  termId: (stem) => {
    if (!ids.has(stem)) ids.set(stem, ids.size);
    return ids.get(stem)!;
  },
};
const vector = (text: string) =>
  termVector(weightedTerms({ title: text, standfirst: "", body: "", tags: "" }, stats), stats);

const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000);
const article = (
  id: number,
  categoryId: number,
  tagIds: number[],
  published: number,
  text = `unrelated story number ${id} about ${"xyz".repeat(id)}`,
): RelatedSubject => ({
  id,
  categoryId,
  tagIds,
  publishedAt: day(published),
  vector: vector(text),
});

const HAITI = "Kenyan police officers deploy to Haiti as the security mission grows";

describe("rankRelated", () => {
  const subject = article(1, 1, [100, 200], 10, HAITI);

  it("never lists the article itself", () => {
    expect(rankRelated(subject, [subject, article(2, 1, [], 10)], 6).map((r) => r.id)).toEqual([2]);
  });

  it("ranks a story of the same cluster in another section above a same-section story", () => {
    const sameStory = article(2, 5, [100], 40, "Haiti mission: more Kenyan police officers deploy");
    const sameSection = article(3, 1, [], 10);
    expect(rankRelated(subject, [sameSection, sameStory], 6).map((r) => r.id)).toEqual([2, 3]);
  });

  it("ranks more shared tags above fewer", () => {
    const twoTags = article(2, 2, [300, 200, 100], 20, "same words");
    const oneTag = article(3, 2, [100], 20, "same words");
    expect(rankRelated(subject, [oneTag, twoTags], 6).map((r) => r.id)).toEqual([2, 3]);
  });

  it("breaks ties by closeness in time", () => {
    const near = article(2, 1, [], 11, "same words");
    const far = article(3, 1, [], 50, "same words");
    expect(rankRelated(subject, [far, near], 6).map((r) => r.id)).toEqual([2, 3]);
  });

  it("gives equal scores to the newer story", () => {
    const before = article(2, 1, [], 8, "same words");
    const after = article(3, 1, [], 12, "same words");
    expect(scoreRelated(subject, before)).toBeCloseTo(scoreRelated(subject, after));
    expect(rankRelated(subject, [before, after], 6).map((r) => r.id)).toEqual([3, 2]);
  });

  it("keeps recency from outweighing a specific shared tag", () => {
    const sharedTagOld = scoreRelated(subject, article(2, 3, [200], -300));
    const sameDayNoTag = scoreRelated(subject, article(3, 3, [], 10));
    expect(sharedTagOld).toBeGreaterThan(sameDayNoTag);
  });

  it("lets what the stories say outweigh a broad tag they share", () => {
    const broad = { ...subject, tagSpecificity: new Map([[200, 0.2]]) };
    const sameContent = article(2, 3, [], 10, HAITI);
    const broadTagOnly = article(3, 3, [200], 10);
    expect(rankRelated(broad, [broadTagOnly, sameContent], 6).map((r) => r.id)).toEqual([2, 3]);
  });

  it("returns at most the requested number", () => {
    const many = Array.from({ length: 10 }, (_, i) => article(i + 2, 1, [100], i));
    expect(rankRelated(subject, many, 6)).toHaveLength(6);
  });
});

describe("explainRelated", () => {
  it("adds up its parts, each from the weights in RELATED_WEIGHTS", () => {
    const subject = {
      ...article(1, 4, [7, 8, 9, 10], 0, HAITI),
      tagSpecificity: new Map([
        [7, 0.9],
        [8, 0.5],
        [9, 0.1],
        [10, 0.05],
      ]),
    };
    const candidate = article(2, 4, [7, 8, 9, 10], 21, HAITI);
    const parts = explainRelated(subject, candidate);
    expect(parts.similarity).toBeCloseTo(RELATED_WEIGHTS.similarity);
    // Only the three most specific shared tags count.
    expect(parts.sharedTags).toBeCloseTo(RELATED_WEIGHTS.sharedTag * (0.9 + 0.5 + 0.1));
    expect(parts.sameCategory).toBe(RELATED_WEIGHTS.sameCategory);
    expect(parts.recency).toBeCloseTo(RELATED_WEIGHTS.recency * Math.exp(-1));
    expect(parts.score).toBeCloseTo(
      parts.similarity + parts.sharedTags + parts.sameCategory + parts.recency,
    );
  });

  it("gives nothing for content, tags or section two stories do not share", () => {
    const parts = explainRelated(article(1, 1, [5], 0, "alpha beta"), article(2, 2, [6], 0));
    expect(parts).toMatchObject({ similarity: 0, sharedTags: 0, sameCategory: 0 });
    expect(parts.recency).toBeCloseTo(RELATED_WEIGHTS.recency);
  });
});
