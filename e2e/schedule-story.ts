import { eq } from "drizzle-orm";
import { createArticle } from "@/db/mutations/create-article";
import { moveArticle } from "@/db/mutations/move-article";
import { openDatabase } from "@/db/open-database";
import { categories, users } from "@/db/schema";
import { emptyArticleFormValues } from "@/lib/articles/article-form-values";
import { toNairobiLocalTime } from "@/lib/articles/to-nairobi-local-time";

// Schedules a story in News a few seconds ahead through the newsroom's own data layer, as the
// administrator, on a spec server's database: the server's scheduler then publishes it with
// nobody in the admin. The time is to the second, so the spec waits seconds, not a minute.
export function scheduleStory(
  databasePath: string,
  story: { title: string; standfirst: string; secondsAhead: number },
): { id: number; path: string } {
  const db = openDatabase(databasePath);
  try {
    const admin = db.select().from(users).where(eq(users.role, "administrator")).get()!;
    const section = db.select().from(categories).where(eq(categories.slug, "news")).get()!;
    const actor = { id: admin.id, role: admin.role };
    const values = {
      ...emptyArticleFormValues(),
      title: story.title,
      standfirst: story.standfirst,
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: story.standfirst }] }],
      },
      categoryId: section.id,
      authorIds: [admin.id],
    };
    const created = createArticle(db, actor, { values });
    const at = new Date(Date.now() + story.secondsAhead * 1000);
    moveArticle(db, actor, "schedule", {
      articleId: created.articleId,
      baseVersion: created.version,
      values: {
        ...values,
        publishAt: toNairobiLocalTime(at) + `:${String(at.getUTCSeconds()).padStart(2, "0")}`,
      },
    });
    return { id: created.articleId, path: created.path };
  } finally {
    db.$client.close();
  }
}
