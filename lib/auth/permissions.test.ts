import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import {
  ARTICLE_ACTIONS,
  canDo,
  canDoToArticle,
  SCHEDULER,
  type ArticleAccess,
} from "./permissions";

const actor = (role: Role, id = 7) => ({ id, role });
const own: ArticleAccess = { status: "draft", ownerIds: [7] };
const others: ArticleAccess = { status: "draft", ownerIds: [99] };
const ownPublished: ArticleAccess = { status: "published", ownerIds: [7] };

describe("article permissions", () => {
  it("let administrators and editors do anything to any article", () => {
    for (const role of ["administrator", "editor"] as const) {
      for (const action of [
        "edit",
        "submit",
        "publish",
        "unpublish",
        "trash",
        "restore",
      ] as const) {
        expect(canDoToArticle(actor(role), action, others)).toBe(true);
      }
    }
  });

  it("let authors publish their own articles but not touch others'", () => {
    expect(canDoToArticle(actor("author"), "publish", own)).toBe(true);
    expect(canDoToArticle(actor("author"), "unpublish", ownPublished)).toBe(true);
    expect(canDoToArticle(actor("author"), "edit", others)).toBe(false);
    expect(canDoToArticle(actor("author"), "publish", others)).toBe(false);
  });

  it("let contributors write and submit their own drafts but never publish", () => {
    expect(canDoToArticle(actor("contributor"), "edit", own)).toBe(true);
    expect(canDoToArticle(actor("contributor"), "submit", own)).toBe(true);
    expect(canDoToArticle(actor("contributor"), "publish", own)).toBe(false);
    expect(canDoToArticle(actor("contributor"), "unpublish", ownPublished)).toBe(false);
  });

  it("stop contributors editing their story once it is published", () => {
    expect(canDoToArticle(actor("contributor"), "edit", ownPublished)).toBe(false);
    expect(canDoToArticle(actor("contributor"), "trash", ownPublished)).toBe(false);
  });

  it("never let a contributor edit someone else's draft", () => {
    expect(canDoToArticle(actor("contributor"), "edit", others)).toBe(false);
  });
});

describe("site permissions", () => {
  it("keep users, settings and the audit log for administrators", () => {
    for (const action of ["users:manage", "settings:manage", "audit:view"] as const) {
      expect(canDo(actor("administrator"), action)).toBe(true);
      expect(canDo(actor("editor"), action)).toBe(false);
    }
  });

  it("let editors manage categories and tags, and not authors", () => {
    expect(canDo(actor("editor"), "taxonomy:manage")).toBe(true);
    expect(canDo(actor("author"), "taxonomy:manage")).toBe(false);
  });

  it("let every role start an article and upload images", () => {
    for (const role of ["administrator", "editor", "author", "contributor"] as const) {
      expect(canDo(actor(role), "article:create")).toBe(true);
      expect(canDo(actor(role), "media:upload")).toBe(true);
    }
  });
});

describe("the scheduler's permissions", () => {
  it("let the scheduler publish a story at its time and nothing else", () => {
    expect(canDoToArticle(SCHEDULER, "publish-due", others)).toBe(true);
    for (const action of ARTICLE_ACTIONS.filter((name) => name !== "publish-due")) {
      expect(canDoToArticle(SCHEDULER, action, others)).toBe(false);
    }
  });

  it("keep publishing at the scheduled time out of every person's hands", () => {
    for (const role of ["administrator", "editor", "author", "contributor"] as const) {
      expect(canDoToArticle(actor(role), "publish-due", own)).toBe(false);
    }
  });
});
