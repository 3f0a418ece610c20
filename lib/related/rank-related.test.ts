import { describe, expect, it } from "vitest";
import { rankRelated, scoreRelated, type RelatedSubject } from "./rank-related";

const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000);
const article = (id: number, categoryId: number, tagIds: number[], published: number) =>
  ({ id, categoryId, tagIds, publishedAt: day(published) }) satisfies RelatedSubject;

describe("rankRelated", () => {
  const subject = article(1, 1, [100, 200], 10);

  it("never lists the article itself", () => {
    expect(rankRelated(subject, [subject, article(2, 1, [], 10)], 6).map((r) => r.id)).toEqual([2]);
  });

  it("ranks a story of the same cluster in another section above a same-section story", () => {
    const sameStory = article(2, 5, [100], 40);
    const sameSection = article(3, 1, [], 10);
    expect(rankRelated(subject, [sameSection, sameStory], 6).map((r) => r.id)).toEqual([2, 3]);
  });

  it("ranks more shared tags above fewer", () => {
    const twoTags = article(2, 2, [300, 200, 100], 20);
    const oneTag = article(3, 2, [100], 20);
    expect(rankRelated(subject, [oneTag, twoTags], 6).map((r) => r.id)).toEqual([2, 3]);
  });

  it("breaks ties by closeness in time", () => {
    const near = article(2, 1, [], 11);
    const far = article(3, 1, [], 50);
    expect(rankRelated(subject, [far, near], 6).map((r) => r.id)).toEqual([2, 3]);
  });

  it("keeps recency a tie-break that never outweighs a shared tag", () => {
    const sharedTagOld = scoreRelated(subject, article(2, 3, [200], -300));
    const sameDayNoTag = scoreRelated(subject, article(3, 3, [], 10));
    expect(sharedTagOld).toBeGreaterThan(sameDayNoTag);
  });

  it("returns at most the requested number", () => {
    const many = Array.from({ length: 10 }, (_, i) => article(i + 2, 1, [100], i));
    expect(rankRelated(subject, many, 6)).toHaveLength(6);
  });
});
