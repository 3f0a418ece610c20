import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleConflictError, ArticleValidationError } from "@/lib/articles/article-errors";
import type { GazetiDatabase } from "../open-database";
import { articleRevisions, articles, articleWorkingCopies, relatedArticles } from "../schema";
import {
  createTestNewsroom,
  testArticleValues,
  type TestNewsroom,
} from "../test/create-test-newsroom";
import { createArticle } from "./create-article";
import { restoreRevision } from "./restore-revision";
import { moveArticle } from "./move-article";

const NOW = new Date("2026-11-20T09:00:00Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

let newsroom: TestNewsroom;
let db: GazetiDatabase;

beforeEach(() => {
  newsroom = createTestNewsroom();
  db = newsroom.db;
});
afterEach(() => newsroom.cleanup());

const values = (overrides: Record<string, unknown> = {}) => testArticleValues(newsroom, overrides);
const row = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!;
const revisions = (id: number) =>
  db
    .select()
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, id))
    .orderBy(articleRevisions.id)
    .all();

function createPublished(overrides: Record<string, unknown> = {}) {
  const created = createArticle(
    db,
    newsroom.actors.editor,
    { values: values(overrides) },
    { now: NOW },
  );
  return moveArticle(
    db,
    newsroom.actors.editor,
    "publish",
    { articleId: created.articleId, baseVersion: created.version, values: values(overrides) },
    { now: NOW },
  );
}

describe("saving over someone else's save", () => {
  it("is refused with a conflict error, and the refused text is kept as a conflict revision", () => {
    const { articleId, version } = createArticle(
      db,
      newsroom.actors.author,
      { values: values() },
      { now: NOW },
    );
    const first = moveArticle(
      db,
      newsroom.actors.editor,
      "save",
      { articleId, baseVersion: version, values: values({ title: "Editor's headline" }) },
      { now: minutes(1) },
    );
    let conflict: ArticleConflictError | undefined;
    try {
      moveArticle(
        db,
        newsroom.actors.author,
        "save",
        { articleId, baseVersion: version, values: values({ title: "Author's headline" }) },
        { now: minutes(2) },
      );
    } catch (error) {
      conflict = error as ArticleConflictError;
    }
    expect(conflict).toBeInstanceOf(ArticleConflictError);
    expect(conflict).toMatchObject({ baseVersion: 1, currentVersion: first.version });
    expect(row(articleId)).toMatchObject({ title: "Editor's headline", version: 2 });
    const kept = revisions(articleId).at(-1)!;
    expect(kept).toMatchObject({
      id: conflict!.conflictRevisionId,
      kind: "conflict",
      version: 1,
      createdById: newsroom.actors.author.id,
    });
    expect((kept.data as { title: string }).title).toBe("Author's headline");
  });

  it("counts every save, autosaves included, as a new version", () => {
    const { articleId } = createArticle(
      db,
      newsroom.actors.author,
      { values: values() },
      { now: NOW },
    );
    const autosaved = moveArticle(db, newsroom.actors.author, "autosave", {
      articleId,
      baseVersion: 1,
      values: values({ title: "Half-typed" }),
    });
    expect(autosaved.version).toBe(2);
    expect(() =>
      moveArticle(db, newsroom.actors.editor, "save", {
        articleId,
        baseVersion: 1,
        values: values(),
      }),
    ).toThrow(ArticleConflictError);
  });
});

describe("editing a published story", () => {
  it("saves drafts to the working copy only: readers, the index and caches are untouched", () => {
    const published = createPublished();
    const { articleId } = published;
    const draft = moveArticle(
      db,
      newsroom.actors.editor,
      "save",
      {
        articleId,
        baseVersion: published.version,
        values: values({ title: "Budget passes after all-night sitting" }),
      },
      { now: minutes(5) },
    );
    expect(draft).toMatchObject({ savedTo: "working-copy", status: "published", cacheTags: [] });
    expect(row(articleId)).toMatchObject({
      title: "Parliament passes the budget",
      modifiedAt: null,
    });
    expect(
      db.all(sql`select rowid from articles_fts where articles_fts match 'sitting'`),
    ).toHaveLength(0);
    const copy = db
      .select()
      .from(articleWorkingCopies)
      .where(eq(articleWorkingCopies.articleId, articleId))
      .get();
    expect(copy).toMatchObject({
      baseVersion: draft.version,
      updatedById: newsroom.actors.editor.id,
    });
    expect((copy!.data as { title: string }).title).toBe("Budget passes after all-night sitting");
  });

  it("makes the working copy the live story on Update, marked as updated", () => {
    const published = createPublished();
    const { articleId } = published;
    const draft = moveArticle(db, newsroom.actors.editor, "save", {
      articleId,
      baseVersion: published.version,
      values: values({ title: "Budget passes after all-night sitting" }),
    });
    const updated = moveArticle(
      db,
      newsroom.actors.editor,
      "update",
      {
        articleId,
        baseVersion: draft.version,
        values: values({ title: "Budget passes after all-night sitting" }),
      },
      { now: minutes(10) },
    );
    expect(updated.savedTo).toBe("article");
    expect(row(articleId)).toMatchObject({
      title: "Budget passes after all-night sitting",
      modifiedAt: minutes(10),
      publishedAt: NOW,
    });
    expect(db.select().from(articleWorkingCopies).all()).toEqual([]);
    expect(
      db.all(sql`select rowid from articles_fts where articles_fts match 'sitting'`),
    ).toHaveLength(1);
    expect(updated.cacheTags).toContain(`article:${articleId}`);
    expect(revisions(articleId).map((r) => r.kind)).toEqual(["save", "publish", "save", "update"]);
  });

  it("checks the working copy's values like any save, without creating its new tags yet", () => {
    const published = createPublished();
    expect(() =>
      moveArticle(db, newsroom.actors.editor, "save", {
        articleId: published.articleId,
        baseVersion: published.version,
        values: values({ heroMediaId: newsroom.media.withoutAlt }),
      }),
    ).toThrow(ArticleValidationError);
    const saved = moveArticle(db, newsroom.actors.editor, "save", {
      articleId: published.articleId,
      baseVersion: published.version,
      values: values({ tags: ["Brand New Tag"] }),
    });
    const copy = db.select().from(articleWorkingCopies).get();
    expect((copy!.data as { tags: string[] }).tags).toEqual(["Brand New Tag"]);
    expect(saved.cacheTags).toEqual([]);
  });

  it("stops a contributor editing a story once it is live", () => {
    const created = createArticle(db, newsroom.actors.contributor, { values: values() });
    const published = moveArticle(db, newsroom.actors.editor, "publish", {
      articleId: created.articleId,
      baseVersion: created.version,
      values: values(),
    });
    expect(() =>
      moveArticle(db, newsroom.actors.contributor, "autosave", {
        articleId: created.articleId,
        baseVersion: published.version,
        values: values(),
      }),
    ).toThrow(/Not allowed/);
  });
});

describe("autosave", () => {
  it("keeps half-typed values that a real save would refuse", () => {
    const { articleId, version } = createArticle(db, newsroom.actors.author, { values: values() });
    const saved = moveArticle(db, newsroom.actors.author, "autosave", {
      articleId,
      baseVersion: version,
      values: { title: "", body: { type: "doc", content: [] }, categoryId: "", authorIds: [] },
    });
    expect(saved.savedTo).toBe("working-copy");
    expect(row(articleId).title).toBe("Parliament passes the budget");
  });

  it("folds a run of autosaves by one person into one revision holding the latest text", () => {
    const { articleId } = createArticle(
      db,
      newsroom.actors.author,
      { values: values() },
      { now: NOW },
    );
    let version = 1;
    for (const [minute, title] of [
      [1, "A"],
      [2, "AB"],
      [3, "ABC"],
    ] as const) {
      version = moveArticle(
        db,
        newsroom.actors.author,
        "autosave",
        { articleId, baseVersion: version, values: values({ title }) },
        { now: minutes(minute) },
      ).version;
    }
    const autosaves = revisions(articleId).filter((r) => r.kind === "autosave");
    expect(autosaves).toHaveLength(1);
    expect(autosaves[0]).toMatchObject({ version, createdAt: minutes(1) });
    expect((autosaves[0]!.data as { title: string }).title).toBe("ABC");

    version = moveArticle(
      db,
      newsroom.actors.author,
      "autosave",
      { articleId, baseVersion: version, values: values({ title: "ABCD" }) },
      { now: minutes(7) },
    ).version;
    moveArticle(
      db,
      newsroom.actors.editor,
      "autosave",
      { articleId, baseVersion: version, values: values({ title: "ABCDE" }) },
      { now: minutes(8) },
    );
    expect(revisions(articleId).filter((r) => r.kind === "autosave")).toHaveLength(3);
  });
});

describe("restoring a revision", () => {
  it("puts the old values into the working copy and never publishes them by itself", () => {
    const published = createPublished();
    const { articleId } = published;
    const first = revisions(articleId)[0]!;
    const updated = moveArticle(db, newsroom.actors.editor, "update", {
      articleId,
      baseVersion: published.version,
      values: values({ title: "A corrected headline" }),
    });
    const restored = restoreRevision(db, newsroom.actors.editor, {
      articleId,
      baseVersion: updated.version,
      revisionId: first.id,
    });
    expect(restored).toMatchObject({ savedTo: "working-copy", cacheTags: [] });
    expect(row(articleId).title).toBe("A corrected headline");
    const copy = db.select().from(articleWorkingCopies).get()!;
    expect((copy.data as { title: string }).title).toBe("Parliament passes the budget");
    expect(revisions(articleId).at(-1)?.kind).toBe("restore");
  });

  it("refuses a revision of another article", () => {
    const a = createArticle(db, newsroom.actors.editor, { values: values() });
    const b = createArticle(db, newsroom.actors.editor, { values: values() });
    const revisionOfB = revisions(b.articleId)[0]!;
    expect(() =>
      restoreRevision(db, newsroom.actors.editor, {
        articleId: a.articleId,
        baseVersion: a.version,
        revisionId: revisionOfB.id,
      }),
    ).toThrow(/No article/);
  });
});

describe("related stories", () => {
  const story = (title: string) =>
    values({
      title,
      tags: ["Finance Bill 2026"],
      standfirst: "The finance bill raises taxes on mobile money transfers.",
      body: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "The finance bill and mobile money taxes dominate the debate in parliament.",
              },
            ],
          },
        ],
      },
    });

  it("refreshes the lists of the stories a new one belongs with, without touching their Updated time", () => {
    const first = createArticle(
      db,
      newsroom.actors.editor,
      { values: story("Finance bill tabled") },
      { now: NOW },
    );
    moveArticle(
      db,
      newsroom.actors.editor,
      "publish",
      {
        articleId: first.articleId,
        baseVersion: first.version,
        values: story("Finance bill tabled"),
      },
      { now: NOW },
    );
    const before = row(first.articleId);

    const second = createArticle(
      db,
      newsroom.actors.editor,
      { values: story("Finance bill protests") },
      { now: minutes(60) },
    );
    const published = moveArticle(
      db,
      newsroom.actors.editor,
      "publish",
      {
        articleId: second.articleId,
        baseVersion: second.version,
        values: story("Finance bill protests"),
      },
      { now: minutes(60) },
    );
    const listOf = (id: number) =>
      db
        .select({ id: relatedArticles.relatedId })
        .from(relatedArticles)
        .where(eq(relatedArticles.articleId, id))
        .all()
        .map((r) => r.id);
    expect(listOf(second.articleId)).toEqual([first.articleId]);
    expect(listOf(first.articleId)).toEqual([second.articleId]);
    expect(row(first.articleId)).toMatchObject({
      modifiedAt: before.modifiedAt,
      version: before.version,
    });
    expect(published.cacheTags).toContain(`article:${first.articleId}`);

    moveArticle(db, newsroom.actors.editor, "unpublish", { articleId: second.articleId });
    expect(listOf(first.articleId)).toEqual([]);
    expect(row(first.articleId).modifiedAt).toEqual(before.modifiedAt);
    expect(
      db
        .select()
        .from(relatedArticles)
        .where(and(eq(relatedArticles.relatedId, second.articleId)))
        .all(),
    ).toEqual([]);
  });
});
