import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "../mutations/create-article";
import { expireBreakingNews } from "../mutations/expire-breaking-news";
import {
  createTestNewsroom,
  testArticleValues,
  type TestNewsroom,
} from "../test/create-test-newsroom";
import { getBreakingNews } from "./get-breaking-news";
import { moveArticle } from "../mutations/move-article";

const HOUR = 3_600_000;
const NOW = new Date("2026-11-20T09:00:00Z");
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

let newsroom: TestNewsroom;
beforeEach(() => {
  newsroom = createTestNewsroom();
});
afterEach(() => newsroom.cleanup());

function story(title: string, breaking: boolean) {
  const { db, actors } = newsroom;
  const values = testArticleValues(newsroom, { title, breaking });
  const created = createArticle(db, actors.editor, { values }, { now: NOW });
  return { values, created };
}

describe("the breaking news banner", () => {
  it("shows a live breaking story for six hours from when it went live, and no draft", () => {
    const { db, actors } = newsroom;
    const live = story("Floods close the Mombasa road", true);
    story("A breaking draft nobody has published", true);
    story("Quiet news", false);
    expect(getBreakingNews(db, NOW)).toEqual([]);

    const published = moveArticle(
      db,
      actors.editor,
      "publish",
      { articleId: live.created.articleId, baseVersion: 1, values: live.values },
      { now: at(1) },
    );
    expect(getBreakingNews(db, at(2))).toEqual([
      { id: live.created.articleId, title: "Floods close the Mombasa road", path: published.path },
    ]);
    expect(getBreakingNews(db, at(6.9))).toHaveLength(1);
    expect(getBreakingNews(db, at(7))).toEqual([]);
  });

  it("ends when an editor clears the flag, and the scheduler's expiry names the pages to refresh", () => {
    const { db, actors } = newsroom;
    const live = story("Strike called off", true);
    const published = moveArticle(
      db,
      actors.editor,
      "publish",
      { articleId: live.created.articleId, baseVersion: 1, values: live.values },
      { now: NOW },
    );
    moveArticle(
      db,
      actors.editor,
      "update",
      {
        articleId: live.created.articleId,
        baseVersion: published.version,
        values: { ...live.values, breaking: false },
      },
      { now: at(1) },
    );
    expect(getBreakingNews(db, at(1))).toEqual([]);

    const other = story("Election results delayed", true);
    moveArticle(
      db,
      actors.editor,
      "publish",
      { articleId: other.created.articleId, baseVersion: 1, values: other.values },
      { now: NOW },
    );
    expect(expireBreakingNews(db, { now: at(5) }).cacheTags).toEqual([]);
    expect(expireBreakingNews(db, { now: at(6) }).cacheTags).toContain("nav");
    expect(getBreakingNews(db, at(6))).toEqual([]);
  });
});
