import { eq } from "drizzle-orm";
import { createArticle } from "@/db/mutations/create-article";
import { openDatabase } from "@/db/open-database";
import { emptyArticleFormValues } from "@/lib/articles/article-form-values";
import { articles, categories, users } from "@/db/schema";
import { sleep, timedGet } from "./http";
import { moveArticle } from "@/db/mutations/move-article";

export type PublishCheck = {
  available: boolean;
  summary: string;
  path?: string;
  // The scheduler's publish: from its start (the story's published_at) to the commit, as seen by
  // polling the database every 10 ms.
  publishMs?: number;
  // Milliseconds from the commit until each page showed the story through the cache; null when
  // it never did within the wait.
  articleMs?: number | null;
  homeMs?: number | null;
  categoryMs?: number | null;
};

const WAIT_MS = 10_000;

// Through the newsroom's own data layer: a story is created and scheduled for now, and the
// server's scheduler publishes it (the same mutation and cache refresh as the Publish button,
// from a request path where Next's cache refresh works). Then the story, the home page and its
// section are polled through Varnish until they show it.
export async function checkPublishVisibility(options: {
  cacheUrl: string;
  databasePath: string;
  categorySlug: string;
  label: string;
}): Promise<PublishCheck> {
  const db = openDatabase(options.databasePath);
  try {
    const stamp = Date.now().toString(36);
    const editorId = db
      .insert(users)
      .values({
        email: `bench-${stamp}@bench.gazeti.example`,
        name: "Bench Editor",
        slug: `bench-editor-${stamp}`,
        role: "editor",
      })
      .returning({ id: users.id })
      .get().id;
    const actor = { id: editorId, role: "editor" as const };
    const category = db
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.slug, options.categorySlug))
      .get();
    if (!category) throw new Error(`no category ${options.categorySlug}`);
    const values = {
      ...emptyArticleFormValues(),
      title: `Benchmark story ${options.label} ${stamp}`,
      standfirst: "A story published by npm run bench to time a publish through the cache.",
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "Published by the benchmark." }] },
        ],
      },
      categoryId: category.id,
      authorIds: [editorId],
    };
    const created = createArticle(db, actor, { values });
    const pages = {
      article: created.path,
      home: "/",
      category: `/${options.categorySlug}`,
    };
    // The listings are in the cache before the story goes live.
    for (const page of [pages.home, pages.category]) {
      await timedGet(`${options.cacheUrl}${page}`);
      const again = await timedGet(`${options.cacheUrl}${page}`);
      if (again.headers.get("x-cache") !== "HIT") {
        return {
          available: false,
          summary: `${page} was not cached by Varnish before the publish`,
        };
      }
    }
    moveArticle(db, actor, "schedule", {
      articleId: created.articleId,
      baseVersion: created.version,
      values: { ...values, publishAt: new Date(Date.now() + 1000) },
    });
    // Due in a second; the scheduler (every second on the bench's server) publishes it then.
    let publishedAt: number | null = null;
    let committedAt = 0;
    const deadline = Date.now() + WAIT_MS;
    while (publishedAt === null && Date.now() < deadline) {
      const row = db
        .select({ status: articles.status, publishedAt: articles.publishedAt })
        .from(articles)
        .where(eq(articles.id, created.articleId))
        .get();
      if (row?.status === "published" && row.publishedAt) {
        publishedAt = row.publishedAt.getTime();
        committedAt = Date.now();
      } else await sleep(10);
    }
    if (publishedAt === null) {
      return {
        available: false,
        summary: "the scheduler did not publish the story within 10 s",
        path: created.path,
      };
    }
    // Each page polled on its own, as readers would ask for them at the same time.
    const link = `href="${created.path}"`;
    const visibleAfter = async (name: keyof typeof pages): Promise<number | null> => {
      while (Date.now() < committedAt + WAIT_MS) {
        const response = await timedGet(`${options.cacheUrl}${pages[name]}`);
        const body = response.body.toString("utf8");
        const shows =
          response.status === 200 &&
          (name === "article" ? body.includes(values.title) : body.includes(link));
        if (shows) return Date.now() - committedAt;
        await sleep(20);
      }
      return null;
    };
    const [articleMs, homeMs, categoryMs] = await Promise.all(
      (["article", "home", "category"] as const).map(visibleAfter),
    );
    const seen = { article: articleMs ?? null, home: homeMs ?? null, category: categoryMs ?? null };
    const worst = Math.max(
      ...Object.values(seen).map((value) => value ?? Number.POSITIVE_INFINITY),
    );
    const describe = (value: number | null) => (value === null ? "not within 10 s" : `${value} ms`);
    return {
      available: true,
      path: created.path,
      publishMs: committedAt - publishedAt,
      articleMs: seen.article,
      homeMs: seen.home,
      categoryMs: seen.category,
      summary:
        `article ${describe(seen.article)}, home ${describe(seen.home)}, ` +
        `category ${describe(seen.category)} after the commit ` +
        `(${worst <= 2000 ? "within" : "NOT within"} the 2 s target); the scheduler's publish ` +
        `itself took ${committedAt - publishedAt} ms`,
    };
  } finally {
    db.$client.close();
  }
}
