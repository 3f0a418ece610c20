import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { articleTags, auditLog, pages, redirects, sessions, tags, users } from "../schema";
import { createTestDatabase } from "../test/create-test-database";
import {
  insertTestArticle,
  insertTestCategory,
  insertTestTag,
  insertTestUser,
} from "../test/insert-test-article";
import { mergeTags } from "./merge-tags";
import { renameTag } from "./rename-tag";
import { createUser } from "./create-user";
import { InputError } from "@/lib/input-error";
import { createCategory } from "./create-category";
import { updateCategory } from "./update-category";
import { updateUserDisabled } from "./update-user-disabled";
import { updateUserRole } from "./update-user-role";
import { updateUserProfile } from "./update-user-profile";

let db: GazetiDatabase;
let cleanup: () => void;
let admin: Actor;

function userWithRole(slug: string, role: Actor["role"], withPassword = true): Actor {
  const id = insertTestUser(db, slug);
  db.update(users)
    .set({ role, passwordHash: withPassword ? "$argon2id$placeholder" : null })
    .where(eq(users.id, id))
    .run();
  return { id, role };
}

function redirectOf(from: string): string | undefined {
  return db.select().from(redirects).where(eq(redirects.fromPath, from)).get()?.toPath;
}

function searchTags(articleId: number): string | undefined {
  return db.get<{ tags: string }>(sql`select tags from articles_fts where rowid = ${articleId}`)
    ?.tags;
}

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  admin = userWithRole("chief", "administrator");
});

afterEach(() => cleanup());

describe("user administration", () => {
  it("is refused to every role but administrator, in the data layer itself", () => {
    for (const role of ["editor", "author", "contributor"] as const) {
      const actor = userWithRole(`someone-${role}`, role);
      expect(() =>
        db.transaction((tx) =>
          createUser(tx, actor, {
            name: "Sneaky",
            email: `sneaky-${role}@gazeti.example`,
            slug: `sneaky-${role}`,
            role: "administrator",
            passwordHash: null,
          }),
        ),
      ).toThrow(PermissionDeniedError);
      expect(() =>
        db.transaction((tx) => updateUserRole(tx, actor, actor.id, "administrator")),
      ).toThrow(PermissionDeniedError);
    }
    expect(db.select().from(users).where(eq(users.role, "administrator")).all()).toHaveLength(1);
  });

  it("creates users with a role and records it", () => {
    const id = db.transaction((tx) =>
      createUser(tx, admin, {
        name: "New Reporter",
        email: "New.Reporter@Gazeti.example",
        slug: "new-reporter",
        role: "contributor",
        passwordHash: null,
      }),
    );
    const user = db.select().from(users).where(eq(users.id, id)).get();
    expect(user).toMatchObject({ email: "new.reporter@gazeti.example", role: "contributor" });
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .map((row) => row.action),
    ).toEqual(["user.created"]);
  });

  it("refuses a second user with the same email", () => {
    const input = {
      name: "Twin",
      email: "chief@example.test",
      slug: "twin",
      role: "author" as const,
      passwordHash: null,
    };
    expect(() => db.transaction((tx) => createUser(tx, admin, input))).toThrow(InputError);
  });

  it("records role changes with the old and new role", () => {
    const reporter = userWithRole("reporter", "contributor");
    db.transaction((tx) => updateUserRole(tx, admin, reporter.id, "author"));
    const entry = db.select().from(auditLog).get();
    expect(entry).toMatchObject({ action: "user.role_changed", targetId: reporter.id });
    expect(entry?.details).toEqual({ from: "contributor", to: "author" });
  });

  it("never leaves the newsroom without an active administrator", () => {
    expect(() => db.transaction((tx) => updateUserRole(tx, admin, admin.id, "editor"))).toThrow(
      /at least one active administrator/,
    );
    const deputy = userWithRole("deputy", "administrator");
    expect(() =>
      db.transaction((tx) => updateUserDisabled(tx, deputy, admin.id, true)),
    ).not.toThrow();
    expect(() => db.transaction((tx) => updateUserDisabled(tx, deputy, deputy.id, true))).toThrow(
      /your own account/,
    );
  });

  it("disables and enables accounts, ending their sessions", () => {
    const reporter = userWithRole("reporter", "contributor");
    db.insert(sessions)
      .values({
        id: "h",
        userId: reporter.id,
        lastSeenAt: new Date(),
        expiresAt: new Date(Date.now() + 1e6),
      })
      .run();
    db.transaction((tx) => updateUserDisabled(tx, admin, reporter.id, true));
    expect(db.select().from(sessions).all()).toHaveLength(0);
    db.transaction((tx) => updateUserDisabled(tx, admin, reporter.id, false));
    expect(db.select().from(users).where(eq(users.id, reporter.id)).get()?.disabledAt).toBeNull();
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .map((row) => row.action),
    ).toEqual(["user.disabled", "user.enabled"]);
  });

  it("keeps a renamed author's old profile address as a redirect and reindexes their bylines", () => {
    const category = insertTestCategory(db, "news");
    const reporter = userWithRole("old-name", "author");
    const article = insertTestArticle(db, {
      slug: "story",
      categoryId: category,
      authorIds: [reporter.id],
    });
    const change = db.transaction((tx) =>
      updateUserProfile(tx, admin, reporter.id, {
        name: "New Name",
        email: "old-name@example.test",
        slug: "new-name",
        jobTitle: null,
        bio: null,
      }),
    );
    expect(change).toMatchObject({
      oldSlug: "old-name",
      newSlug: "new-name",
      bylinedArticleIds: [article],
    });
    expect(redirectOf("/author/old-name")).toBe("/author/new-name");
    const indexed = db.get<{ authors: string }>(
      sql`select authors from articles_fts where rowid = ${article}`,
    );
    expect(indexed?.authors).toBe("New Name");
  });
});

describe("categories", () => {
  it("can be managed by editors but not by authors", () => {
    const editor = userWithRole("ed", "editor");
    const author = userWithRole("au", "author");
    const input = { name: "Health", slug: "health", description: "", navOrder: 9 };
    expect(() => db.transaction((tx) => createCategory(tx, author, input))).toThrow(
      PermissionDeniedError,
    );
    expect(db.transaction((tx) => createCategory(tx, editor, input)).newSlug).toBe("health");
  });

  it("never take a reserved address or a site page's address", () => {
    db.insert(pages)
      .values({ slug: "about", title: "About", body: { type: "doc" } })
      .run();
    for (const slug of ["admin", "tag", "about"]) {
      expect(() =>
        db.transaction((tx) =>
          createCategory(tx, admin, { name: "X", slug, description: "", navOrder: 1 }),
        ),
      ).toThrow(InputError);
    }
  });

  it("keep the old address as a redirect when the slug changes, without chains", () => {
    const id = insertTestCategory(db, "sport");
    const rename = (slug: string) =>
      db.transaction((tx) =>
        updateCategory(tx, admin, id, { name: "Sports", slug, description: "", navOrder: 1 }),
      );
    expect(rename("sports")).toMatchObject({ oldSlug: "sport", newSlug: "sports" });
    expect(redirectOf("/sport")).toBe("/sports");
    rename("athletics");
    expect(redirectOf("/sport")).toBe("/athletics");
    expect(redirectOf("/sports")).toBe("/athletics");
    rename("sport");
    expect(redirectOf("/sport")).toBeUndefined();
    expect(redirectOf("/athletics")).toBe("/sport");
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .every((row) => row.action === "category.updated"),
    ).toBe(true);
  });
});

describe("tags", () => {
  it("keep the old address when renamed, and the search index follows the name", () => {
    const category = insertTestCategory(db, "news");
    const tag = insertTestTag(db, "elections");
    const article = insertTestArticle(db, { slug: "poll", categoryId: category, tagIds: [tag] });
    const change = db.transaction((tx) =>
      renameTag(tx, admin, tag, { name: "General election", slug: "general-election" }),
    );
    expect(change).toEqual({ slugs: ["elections", "general-election"], articleIds: [article] });
    expect(redirectOf("/tag/elections")).toBe("/tag/general-election");
    expect(searchTags(article)).toBe("General election");
  });

  it("merge: every article of the source carries the target, the source is gone and redirects", () => {
    const category = insertTestCategory(db, "news");
    const source = insertTestTag(db, "haiti");
    const target = insertTestTag(db, "haiti-mission");
    const other = insertTestTag(db, "police");
    const onlySource = insertTestArticle(db, {
      slug: "a",
      categoryId: category,
      tagIds: [other, source],
    });
    const both = insertTestArticle(db, {
      slug: "b",
      categoryId: category,
      tagIds: [source, target],
    });
    const draft = insertTestArticle(db, {
      slug: "c",
      categoryId: category,
      tagIds: [source],
      status: "draft",
    });
    const change = db.transaction((tx) => mergeTags(tx, admin, source, target));
    expect(change.articleIds.sort()).toEqual([onlySource, both].sort());
    const links = db.select().from(articleTags).where(eq(articleTags.tagId, target)).all();
    expect(links.map((link) => link.articleId).sort()).toEqual([onlySource, both, draft].sort());
    const moved = links.find((link) => link.articleId === onlySource);
    expect(moved).toMatchObject({ position: 1 });
    expect(moved?.publishedAt).not.toBeNull();
    expect(db.select().from(tags).where(eq(tags.id, source)).get()).toBeUndefined();
    expect(redirectOf("/tag/haiti")).toBe("/tag/haiti-mission");
    expect(searchTags(onlySource)).toBe("police · haiti-mission");
  });

  it("refuse to merge a tag into itself", () => {
    const tag = insertTestTag(db, "solo");
    expect(() => db.transaction((tx) => mergeTags(tx, admin, tag, tag))).toThrow(InputError);
  });
});
