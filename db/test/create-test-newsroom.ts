import { eq } from "drizzle-orm";
import { emptyArticleFormValues } from "@/lib/articles/article-form-values";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { media, users, type Role } from "../schema";
import { createTestDatabase } from "./create-test-database";
import { insertTestCategory, insertTestUser } from "./insert-test-article";

export type TestNewsroom = {
  db: GazetiDatabase;
  file: string;
  cleanup: () => void;
  categories: { news: number; sport: number };
  actors: Record<Role | "otherAuthor", Actor>;
  media: { withAlt: number; withoutAlt: number };
  withAltHash: string;
};

function insertActor(db: GazetiDatabase, slug: string, role: Role): Actor {
  const id = insertTestUser(db, slug);
  db.update(users)
    .set({ role, name: `${slug} name` })
    .where(eq(users.id, id))
    .run();
  return { id, role };
}

// A temporary database with two sections, one member of staff per role and two images (one
// without alt text), for the publishing tests.
export function createTestNewsroom(): TestNewsroom {
  const { db, file, cleanup } = createTestDatabase();
  const news = insertTestCategory(db, "news", 1);
  const sport = insertTestCategory(db, "sport", 2);
  const actors = {
    administrator: insertActor(db, "ada", "administrator"),
    editor: insertActor(db, "eddie", "editor"),
    author: insertActor(db, "aisha", "author"),
    contributor: insertActor(db, "chris", "contributor"),
    otherAuthor: insertActor(db, "otieno", "author"),
  };
  const image = (hash: string, alt: string) =>
    db
      .insert(media)
      .values({
        hash,
        mimeType: "image/jpeg",
        width: 1600,
        height: 900,
        renditionWidths: [320, 640, 1280],
        alt,
      })
      .returning({ id: media.id })
      .get().id;
  const withAltHash = "a".repeat(24);
  return {
    db,
    file,
    cleanup,
    categories: { news, sport },
    actors,
    media: {
      withAlt: image(withAltHash, "Crowds outside parliament"),
      withoutAlt: image("b".repeat(24), ""),
    },
    withAltHash,
  };
}

// Form values as the editor would send them.
export function testArticleValues(
  newsroom: TestNewsroom,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ...emptyArticleFormValues(),
    title: "Parliament passes the budget",
    standfirst: "MPs voted late into the night.",
    body: {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "The budget passed by 201 votes." }] },
      ],
    },
    categoryId: newsroom.categories.news,
    authorIds: [newsroom.actors.author.id],
    ...overrides,
  };
}
