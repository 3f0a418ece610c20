import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GazetiDatabase } from "../../open-database";
import { RELATED_LIMIT } from "../related-limit";
import {
  articles,
  articleTags,
  relatedArticles,
  relatedExclusions,
  type ArticleStatus,
} from "../../schema";
import { createTestDatabase } from "../../test/create-test-database";
import { insertTestCategory, insertTestTag, TEST_NOW } from "../../test/insert-test-article";
import { getStoredRelatedIds } from "./get-stored-related-ids";
import { getRelatedRanking } from "./get-related-ranking";
import { getRelatedRefreshPlan } from "./get-related-refresh-plan";
import { syncRelatedList } from "../../mutations/sync-related-list";
import { syncPublicState } from "../../mutations/sync-public-state";

const DAY_MS = 86_400_000;
let db: GazetiDatabase;
let cleanup: () => void;
let world: number;
let business: number;
let broadTag: number;

const HAITI = [
  "Kenyan police officers land in Port-au-Prince for the Haiti security mission",
  "Haiti mission: UN extends mandate of the Kenya-led police force in Port-au-Prince",
  "Families in Nairobi see off officers bound for the Haiti security mission",
  "Haiti security mission short of funds as Kenya carries the police deployment costs",
  "Court hears petition against the Haiti police deployment by Kenya",
];
const OTHER_WORLD = [
  "Red Sea shipping detours push up freight costs for Mombasa importers",
  "Climate talks end with an adaptation finance deal for African farmers",
  "Gulf labour deal promises better protection for domestic workers",
];

function insertStory(
  title: string,
  options: {
    categoryId?: number;
    daysAgo?: number;
    tagIds?: number[];
    status?: ArticleStatus;
  } = {},
): number {
  const id = db
    .insert(articles)
    .values({
      slug: title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, ""),
      title,
      standfirst: title,
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: `${title}. ${title}.` }] }],
      },
      status: options.status ?? "published",
      categoryId: options.categoryId ?? world,
      publishedAt: new Date(TEST_NOW.getTime() - (options.daysAgo ?? 1) * DAY_MS),
    })
    .returning({ id: articles.id })
    .get().id;
  (options.tagIds ?? []).forEach((tagId, position) =>
    db.insert(articleTags).values({ articleId: id, tagId, position }).run(),
  );
  syncPublicState(db, id, { related: null });
  return id;
}

const stored = (articleId: number) => getStoredRelatedIds(db, articleId);

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  world = insertTestCategory(db, "world", 1);
  business = insertTestCategory(db, "business", 2);
  broadTag = insertTestTag(db, "world-affairs");
});
afterEach(() => cleanup());

describe("getRelatedRanking", () => {
  it("lists the other stories of the same story first, by what they say", () => {
    const haiti = HAITI.map((title, i) =>
      insertStory(title, { daysAgo: i * 3, tagIds: [broadTag] }),
    );
    OTHER_WORLD.forEach((title) => insertStory(title, { daysAgo: 1, tagIds: [broadTag] }));
    const ranked = getRelatedRanking(db, haiti[0]!).map((entry) => entry.id);
    expect(ranked.slice(0, 4).sort()).toEqual(haiti.slice(1).sort());
    expect(ranked.length).toBeLessThanOrEqual(RELATED_LIMIT);
  });

  it("never proposes an excluded, unpublished or the same story", () => {
    const [first, second, third] = HAITI.map((title) => insertStory(title));
    insertStory("Haiti police mission draft about Port-au-Prince", { status: "draft" });
    db.insert(relatedExclusions).values({ articleId: first!, excludedId: second! }).run();
    const ranked = getRelatedRanking(db, first!).map((entry) => entry.id);
    expect(ranked).not.toContain(first);
    expect(ranked).not.toContain(second);
    expect(ranked).toContain(third);
    expect(ranked).toHaveLength(HAITI.length - 2);
  });
});

describe("syncRelatedList", () => {
  it("keeps pinned stories at the top, skips exclusions and stores at most the limit", () => {
    const ids = Array.from({ length: 10 }, (_, i) => insertStory(`Story number ${i} of ten`));
    const [subject, pinned, excluded] = ids;
    db.insert(relatedArticles)
      .values({ articleId: subject!, relatedId: pinned!, position: 3, score: 0, pinned: true })
      .run();
    db.insert(relatedExclusions).values({ articleId: subject!, excludedId: excluded! }).run();
    const ranked = ids.slice(1).map((id, index) => ({ id, score: 100 - index }));
    syncRelatedList(db, subject!, ranked);
    const list = stored(subject!);
    expect(list[0]).toBe(pinned);
    expect(list).not.toContain(excluded);
    expect(list).toHaveLength(RELATED_LIMIT);
    expect(new Set(list).size).toBe(list.length);
  });
});

describe("getRelatedRefreshPlan", () => {
  it("adds a newly published story to the lists of its story, without touching their modification time", () => {
    const older = HAITI.slice(0, 3).map((title, i) => insertStory(title, { daysAgo: 10 + i }));
    OTHER_WORLD.forEach((title) => insertStory(title, { daysAgo: 2 }));
    for (const id of older) syncRelatedList(db, id, getRelatedRanking(db, id));
    const modifiedBefore = db.select({ m: articles.modifiedAt }).from(articles).all();

    // Planned while still a draft (not in the search index yet), as publishing does.
    const fresh = insertStory(HAITI[3]!, { status: "draft", daysAgo: 0 });
    const plan = getRelatedRefreshPlan(db, fresh);
    db.transaction((tx) => {
      tx.update(articles).set({ status: "published" }).where(eq(articles.id, fresh)).run();
      const changed = syncPublicState(tx, fresh, { related: plan });
      expect(changed).toEqual(expect.arrayContaining(older));
      expect(changed).not.toContain(fresh);
    });
    expect(stored(fresh).slice(0, 3).sort()).toEqual([...older].sort());
    for (const id of older) expect(stored(id)).toContain(fresh);
    expect(db.select({ m: articles.modifiedAt }).from(articles).all().slice(0, 6)).toEqual(
      modifiedBefore.slice(0, 6),
    );
  });

  it("takes an unpublished story out of the lists that held it", () => {
    const ids = HAITI.slice(0, 3).map((title) => insertStory(title, { categoryId: business }));
    for (const id of ids) syncRelatedList(db, id, getRelatedRanking(db, id));
    expect(stored(ids[1]!)).toContain(ids[0]);
    const plan = getRelatedRefreshPlan(db, ids[0]!, { removing: true });
    db.transaction((tx) => {
      tx.update(articles).set({ status: "unpublished" }).where(eq(articles.id, ids[0]!)).run();
      syncPublicState(tx, ids[0]!, { related: plan });
    });
    expect(stored(ids[1]!)).not.toContain(ids[0]);
    expect(stored(ids[2]!)).not.toContain(ids[0]);
  });
});
