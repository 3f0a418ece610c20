import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase } from "@/db/test/create-test-database";
import { insertTestUser } from "@/db/test/insert-test-article";
import { ensureFirstAdministrator } from "./ensure-first-administrator";

describe("the first administrator", () => {
  it("is created at start from the configured email and password", async () => {
    const fresh = createTestDatabase();
    try {
      const result = await ensureFirstAdministrator(fresh.db, {
        email: "Chief@Gazeti.example",
        password: "a configured passphrase",
      });
      expect(result).toMatchObject({
        created: true,
        email: "chief@gazeti.example",
        generatedPassword: null,
      });
      const user = fresh.db.select().from(users).get();
      expect(user?.role).toBe("administrator");
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    } finally {
      fresh.cleanup();
    }
  });

  it("gets a generated strong password when none is configured", async () => {
    const fresh = createTestDatabase();
    try {
      insertTestUser(fresh.db, "byline-only");
      const result = await ensureFirstAdministrator(fresh.db, {});
      if (!result.created) throw new Error("not created");
      expect(result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(fresh.db.select().from(users).all()).toHaveLength(2);
    } finally {
      fresh.cleanup();
    }
  });

  it("promotes an existing byline with the configured email instead of duplicating it", async () => {
    const fresh = createTestDatabase();
    try {
      insertTestUser(fresh.db, "amina");
      const result = await ensureFirstAdministrator(fresh.db, {
        email: "amina@example.test",
        password: "a configured passphrase",
      });
      expect(result.created).toBe(true);
      expect(fresh.db.select().from(users).all()).toMatchObject([
        { slug: "amina", role: "administrator" },
      ]);
    } finally {
      fresh.cleanup();
    }
  });

  it("is not created when someone can already sign in", async () => {
    const fresh = createTestDatabase();
    try {
      const id = insertTestUser(fresh.db, "ada");
      fresh.db
        .update(users)
        .set({ role: "administrator", passwordHash: "$argon2id$placeholder" })
        .where(eq(users.id, id))
        .run();
      expect(await ensureFirstAdministrator(fresh.db, { password: "whatever passphrase" })).toEqual(
        { created: false },
      );
    } finally {
      fresh.cleanup();
    }
  });
});
