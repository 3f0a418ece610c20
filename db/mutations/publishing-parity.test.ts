import { and, asc, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toNairobiLocalTime } from "@/lib/articles/to-nairobi-local-time";
import { getRelatedRanking } from "../queries/related/get-related-ranking";
import {
  articleAuthors,
  articleRevisions,
  articles,
  articleTags,
  articleWorkingCopies,
  auditLog,
  redirects,
  relatedArticles,
  tags,
} from "../schema";
import {
  createTestNewsroom,
  testArticleValues,
  type TestNewsroom,
} from "../test/create-test-newsroom";
import { insertTestArticle, insertTestTag } from "../test/insert-test-article";
import { createArticle } from "./create-article";
import { moveArticle } from "./move-article";
import { publishDueArticles } from "./publish-due-articles";
import { syncRelatedList } from "./sync-related-list";

const WRITTEN = new Date("2026-11-20T08:00:00Z");
const LIVE = new Date("2026-11-20T09:30:00Z");

// Two newsrooms alike to the row: one story goes live by "Publish" in one, and by "Schedule",
// then the scheduler at its time, in the other. Whatever the path, readers, search, related
// posts, the revision history, the audit log and the caches must end up the same.
let manual: TestNewsroom;
let scheduled: TestNewsroom;

function prepare(newsroom: TestNewsroom): void {
  const { db, categories } = newsroom;
  const budget = insertTestTag(db, "budget");
  const parliament = insertTestTag(db, "parliament");
  const ids = ["budget-talks-stall", "finance-bill-tabled", "mps-debate-tax"].map((slug, i) =>
    insertTestArticle(db, {
      slug,
      categoryId: categories.news,
      daysAgo: i + 1,
      tagIds: [budget, parliament],
      authorIds: [newsroom.actors.author.id],
    }),
  );
  for (const id of ids) syncRelatedList(db, id, getRelatedRanking(db, id));
}

const storyValues = (newsroom: TestNewsroom) =>
  testArticleValues(newsroom, {
    title: "Parliament passes the budget after a night of votes",
    standfirst: "MPs passed the finance bill at dawn.",
    tags: ["budget", "Treasury"],
    breaking: true,
  });

beforeEach(() => {
  manual = createTestNewsroom();
  scheduled = createTestNewsroom();
  prepare(manual);
  prepare(scheduled);
});
afterEach(() => {
  manual.cleanup();
  scheduled.cleanup();
});

function publishNow(newsroom: TestNewsroom): { articleId: number; cacheTags: string[] } {
  const { db, actors } = newsroom;
  const values = storyValues(newsroom);
  const created = createArticle(db, actors.editor, { values }, { now: WRITTEN });
  const published = moveArticle(
    db,
    actors.editor,
    "publish",
    { articleId: created.articleId, baseVersion: created.version, values },
    { now: LIVE },
  );
  return { articleId: created.articleId, cacheTags: published.cacheTags };
}

function scheduleThenDue(newsroom: TestNewsroom): { articleId: number; cacheTags: string[] } {
  const { db, actors } = newsroom;
  const values = storyValues(newsroom);
  const created = createArticle(db, actors.editor, { values }, { now: WRITTEN });
  moveArticle(
    db,
    actors.editor,
    "schedule",
    {
      articleId: created.articleId,
      baseVersion: created.version,
      values: { ...values, publishAt: toNairobiLocalTime(LIVE) },
    },
    { now: WRITTEN },
  );
  const due = publishDueArticles(db, { now: LIVE });
  expect(due.publishedIds).toEqual([created.articleId]);
  return { articleId: created.articleId, cacheTags: due.cacheTags };
}

// Everything the go-live wrote, with what must differ between the paths left out: the version
// (a scheduled story was saved once more), who did it (the scheduler is nobody) and where it
// came from (draft or scheduled).
function writtenRows(newsroom: TestNewsroom, articleId: number) {
  const { db } = newsroom;
  const { version, ...article } = db
    .select()
    .from(articles)
    .where(eq(articles.id, articleId))
    .get()!;
  expect(version).toBeGreaterThan(1);
  const revision = db
    .select({ kind: articleRevisions.kind, data: articleRevisions.data })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.kind, "publish")))
    .all();
  const audit = db
    .select({ action: auditLog.action, details: auditLog.details, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, articleId), eq(auditLog.action, "article.published")))
    .all()
    .map((entry) => {
      const { version, from, scheduledFor, ...details } = entry.details as Record<string, unknown>;
      expect([version, from, details.to]).toEqual([
        expect.any(Number),
        expect.any(String),
        "published",
      ]);
      void scheduledFor;
      return { ...entry, details };
    });
  return {
    article,
    // When a new tag was made differs (at Publish, or at Schedule): what it is does not.
    tags: db
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(tags)
      .orderBy(asc(tags.id))
      .all(),
    articleTags: db.select().from(articleTags).orderBy(asc(articleTags.articleId)).all(),
    articleAuthors: db.select().from(articleAuthors).orderBy(asc(articleAuthors.articleId)).all(),
    search: db.all(sql`select rowid, * from articles_fts order by rowid`),
    related: db
      .select()
      .from(relatedArticles)
      .orderBy(asc(relatedArticles.articleId), asc(relatedArticles.position))
      .all(),
    redirects: db.select().from(redirects).all(),
    workingCopies: db.select().from(articleWorkingCopies).all(),
    revision,
    audit,
  };
}

describe("going live by Publish and by the scheduler", () => {
  it("writes the same rows and refreshes the same pages", () => {
    const byHand = publishNow(manual);
    const byScheduler = scheduleThenDue(scheduled);
    expect(byScheduler.articleId).toBe(byHand.articleId);

    const a = writtenRows(manual, byHand.articleId);
    const b = writtenRows(scheduled, byScheduler.articleId);
    expect(a.article).toMatchObject({
      status: "published",
      publishedAt: LIVE,
      publishAt: null,
      breakingUntil: new Date(LIVE.getTime() + 6 * 3_600_000),
    });
    expect(a.related.some((entry) => entry.relatedId === byHand.articleId)).toBe(true);
    expect(a.revision).toHaveLength(1);
    expect(a.audit).toHaveLength(1);
    expect(b).toEqual(a);
    expect([...byScheduler.cacheTags].sort()).toEqual([...byHand.cacheTags].sort());
  });

  it("names the editor in one audit entry and nobody in the other, with the move each made", () => {
    const byHand = publishNow(manual);
    const byScheduler = scheduleThenDue(scheduled);
    const entry = (newsroom: TestNewsroom, id: number) =>
      newsroom.db
        .select({ userId: auditLog.userId, details: auditLog.details })
        .from(auditLog)
        .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "article.published")))
        .get();
    expect(entry(manual, byHand.articleId)).toMatchObject({
      userId: manual.actors.editor.id,
      details: { from: "draft", to: "published" },
    });
    expect(entry(scheduled, byScheduler.articleId)).toMatchObject({
      userId: null,
      details: { from: "scheduled", to: "published", scheduledFor: LIVE.toISOString() },
    });
  });
});
