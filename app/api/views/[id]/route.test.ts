import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GazetiDatabase } from "@/db/open-database";
import { articleViewsDaily } from "@/db/schema";
import { createTestDatabase } from "@/db/test/create-test-database";
import { insertTestArticle, insertTestCategory } from "@/db/test/insert-test-article";

const BROWSER =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

let db: GazetiDatabase;
let cleanup: () => void;
let articleId: number;
let GET: typeof import("./route").GET;
let getViewCounter: typeof import("@/server/views/get-view-counter").getViewCounter;

beforeAll(async () => {
  const test = createTestDatabase();
  ({ db, cleanup } = test);
  // The route's database, read once by lib/config.ts: this test's file.
  process.env.DATABASE_PATH = test.file;
  articleId = insertTestArticle(db, {
    slug: "counted",
    categoryId: insertTestCategory(db, "news"),
  });
  ({ GET } = await import("./route"));
  ({ getViewCounter } = await import("@/server/views/get-view-counter"));
});
afterAll(() => cleanup());

function beacon(id: string | number, userAgent: string, address = "192.0.2.10") {
  const request = new Request(`http://localhost/api/views/${id}`, {
    headers: { "user-agent": userAgent, "x-forwarded-for": address },
  });
  return GET(request, { params: Promise.resolve({ id: String(id) }) });
}

function storedViews(): number {
  return db
    .select({ views: articleViewsDaily.views })
    .from(articleViewsDaily)
    .where(eq(articleViewsDaily.articleId, articleId))
    .all()
    .reduce((sum, row) => sum + row.views, 0);
}

describe("GET /api/views/[id]", () => {
  it("answers an uncacheable 1×1 GIF and sets no cookie", async () => {
    const response = await beacon(articleId, BROWSER);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/gif");
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.headers.get("set-cookie")).toBeNull();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 6))).toBe("GIF89a");
  });

  it("counts readers in the database after a flush, and not bots or made-up ids", async () => {
    getViewCounter().flush();
    const before = storedViews();
    await beacon(articleId, BROWSER, "198.51.100.1");
    await beacon(articleId, BROWSER, "198.51.100.2");
    await beacon(articleId, BROWSER, "198.51.100.2");
    await beacon(
      articleId,
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    );
    await beacon(999_999, BROWSER, "198.51.100.3");
    const invalid = await beacon("1;drop", BROWSER);
    expect(invalid.status).toBe(200);
    expect(storedViews()).toBe(before);
    getViewCounter().flush();
    expect(storedViews()).toBe(before + 2);
    expect(
      db
        .select()
        .from(articleViewsDaily)
        .all()
        .map((row) => row.articleId),
    ).toEqual([articleId]);
  });
});
