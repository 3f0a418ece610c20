import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { createArticle } from "../../mutations/create-article";
import {
  createTestNewsroom,
  testArticleValues,
  type TestNewsroom,
} from "../../test/create-test-newsroom";
import { getAdminArticles, type AdminArticleFilters } from "./get-admin-articles";
import { getArticlePreview } from "./get-article-preview";
import { moveArticle } from "../../mutations/move-article";

let newsroom: TestNewsroom;
beforeEach(() => {
  newsroom = createTestNewsroom();
});
afterEach(() => newsroom.cleanup());

const all: AdminArticleFilters = { status: null, mine: false, query: "", page: 1 };

function story(actor: keyof TestNewsroom["actors"], title: string, authorIds?: number[]) {
  const { db, actors } = newsroom;
  return createArticle(db, actors[actor], {
    values: testArticleValues(newsroom, {
      title,
      authorIds: authorIds ?? [actors[actor].id],
    }),
  });
}

describe("the newsroom's article list", () => {
  it("shows editors everyone's stories and others only their own", () => {
    story("author", "Budget vote delayed");
    story("contributor", "Rains arrive early");
    const titles = (actor: keyof TestNewsroom["actors"], filters = all) =>
      getAdminArticles(newsroom.actors[actor], filters, newsroom.db).rows.map((row) => row.title);
    expect(titles("editor").sort()).toEqual(["Budget vote delayed", "Rains arrive early"]);
    expect(titles("contributor")).toEqual(["Rains arrive early"]);
    expect(titles("editor", { ...all, mine: true })).toEqual([]);
  });

  it("filters by status, keeps the trash apart and finds titles with wildcards taken literally", () => {
    const { db, actors } = newsroom;
    const live = story("editor", "100% turnout in Nyeri");
    story("editor", "1000 turnout in Meru");
    const trashed = story("editor", "Old draft");
    moveArticle(db, actors.editor, "publish", {
      articleId: live.articleId,
      baseVersion: live.version,
      values: testArticleValues(newsroom, { title: "100% turnout in Nyeri" }),
    });
    moveArticle(db, actors.editor, "trash", { articleId: trashed.articleId });
    const titles = (filters: Partial<AdminArticleFilters>) =>
      getAdminArticles(actors.editor, { ...all, ...filters }, db).rows.map((row) => row.title);
    expect(titles({ status: "published" })).toEqual(["100% turnout in Nyeri"]);
    expect(titles({})).not.toContain("Old draft");
    expect(titles({ status: "trashed" })).toEqual(["Old draft"]);
    expect(titles({ query: "100%" })).toEqual(["100% turnout in Nyeri"]);
    expect(titles({ query: "TURNOUT" })).toHaveLength(2);
  });
});

describe("the preview of a draft", () => {
  it("shows the autosaved working copy as readers would see it, to staff who may open it", () => {
    const { db, actors } = newsroom;
    const draft = story("author", "Port strike ends");
    moveArticle(db, actors.author, "autosave", {
      articleId: draft.articleId,
      baseVersion: draft.version,
      values: testArticleValues(newsroom, {
        title: "Port strike ends after talks",
        tags: ["Mombasa Port"],
        heroMediaId: newsroom.media.withAlt,
      }),
    });
    const preview = getArticlePreview(actors.editor, draft.articleId, db);
    expect(preview).toMatchObject({ status: "draft", source: "working-copy", livePath: null });
    expect(preview.article).toMatchObject({
      title: "Port strike ends after talks",
      category: { slug: "news" },
      tags: [{ slug: "mombasa-port", name: "Mombasa Port" }],
      authors: [{ name: "aisha name" }],
      hero: { alt: "Crowds outside parliament" },
    });
    expect(() => getArticlePreview(actors.otherAuthor, draft.articleId, db)).toThrow(
      PermissionDeniedError,
    );
  });
});
