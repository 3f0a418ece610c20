import path from "node:path";
import { count } from "drizzle-orm";
import { bodyToPlainText } from "@/lib/body/body-to-plain-text";
import { readingTime } from "@/lib/body/reading-time";
import { writeRenditions, type Renditions } from "@/lib/media/write-renditions";
import { getRelatedRanking } from "../queries/related/get-related-ranking";
import { syncRelatedList } from "../mutations/sync-related-list";
import { syncPublicState } from "../mutations/sync-public-state";
import type { DbExecutor, GazetiDatabase } from "../open-database";
import { DEMO_CONTENT_SETTING } from "../queries/demo-content-setting";
import {
  articleAuthors,
  articles,
  articleTags,
  categories,
  media,
  pages,
  settings,
  tags,
  users,
} from "../schema";
import { blocksToBody } from "./blocks-to-body";
import { demoArticles, demoTags } from "./demo-articles";
import { categories as categoryData } from "./data/categories";
import { sitePages } from "./data/site-pages";
import { staff } from "./data/staff";
import { createRandom, makeHeroImage } from "./make-hero-image";

const DAY_MS = 86_400_000;
const SEED = 20261128;
const IMAGE_CREDIT = "Gazeti graphic";

export type SeedResult = { seeded: boolean; articles: number; reason?: string };

function hasContent(db: DbExecutor): boolean {
  const n = (table: typeof articles | typeof categories | typeof users | typeof pages) =>
    db.select({ n: count() }).from(table).get()?.n ?? 0;
  return n(articles) + n(categories) + n(pages) > 0 || n(users) > 0;
}

// Fills an empty database with the demo newsroom. Deterministic (fixed seed, times relative to
// `now`), and it never touches a database that already has content.
//
// The publishing fast path: stories are inserted already published, with the dates they carry
// (days ago, some updated later), and each then takes the publishing code's own go-live step
// (syncPublicState); related lists are ranked once all are in, by the ranking publishing uses.
// No revisions or audit entries: nobody made these changes.
export async function seedDemoNewsroom(
  db: GazetiDatabase,
  options: { now?: Date; dataDir: string; log?: (line: string) => void },
): Promise<SeedResult> {
  if (hasContent(db)) return { seeded: false, articles: 0, reason: "database has content" };
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const random = createRandom(SEED);
  const mediaDir = path.join(options.dataDir, "media");

  // Images are made before the transaction: encoding is slow and async, the transaction is not.
  log(`Making ${demoArticles.length} hero images…`);
  const heroes: Renditions[] = [];
  for (const article of demoArticles) {
    heroes.push(await writeRenditions(await makeHeroImage(random, article.category), mediaDir));
  }

  const writtenIds: number[] = [];
  db.transaction((tx) => {
    if (hasContent(tx)) return;
    const categoryIds = new Map<string, number>();
    categoryData.forEach((category, index) => {
      const row = tx
        .insert(categories)
        .values({ ...category, navOrder: index + 1 })
        .returning({ id: categories.id })
        .get();
      categoryIds.set(category.slug, row.id);
    });
    const userIds = new Map<string, number>();
    for (const person of staff) {
      const row = tx
        .insert(users)
        .values({ ...person, role: "author" })
        .returning({ id: users.id })
        .get();
      userIds.set(person.slug, row.id);
    }
    const tagIds = new Map<string, number>();
    for (const tag of demoTags) {
      const row = tx.insert(tags).values(tag).returning({ id: tags.id }).get();
      tagIds.set(tag.slug, row.id);
    }
    sitePages.forEach((page, index) => {
      tx.insert(pages)
        .values({ ...page, body: blocksToBody(page.body), footerOrder: index + 1 })
        .run();
    });

    demoArticles.forEach((article, index) => {
      const hero = heroes[index]!;
      const heroRow = tx
        .insert(media)
        .values({
          hash: hero.hash,
          mimeType: "image/png",
          width: hero.width,
          height: hero.height,
          renditionWidths: hero.widths,
          dominantColor: hero.dominantColor,
          alt: article.hero.alt,
          caption: article.hero.caption,
          credit: IMAGE_CREDIT,
        })
        .onConflictDoUpdate({ target: media.hash, set: { alt: article.hero.alt } })
        .returning({ id: media.id })
        .get();
      const body = blocksToBody(article.body);
      const { words, minutes } = readingTime(bodyToPlainText(body));
      const publishedAt = new Date(now.getTime() - article.daysAgo * DAY_MS);
      // A few stories carry an editorial update some hours after publication.
      const modifiedAt =
        index % 7 === 3
          ? new Date(publishedAt.getTime() + Math.min(article.daysAgo, 0.25) * DAY_MS)
          : null;
      const row = tx
        .insert(articles)
        .values({
          slug: article.slug,
          title: article.title,
          standfirst: article.standfirst,
          body,
          status: "published",
          categoryId: categoryIds.get(article.category)!,
          heroMediaId: heroRow.id,
          readingMinutes: minutes,
          wordCount: words,
          featured: index === 0,
          publishedAt,
          modifiedAt,
          createdAt: publishedAt,
          updatedAt: modifiedAt ?? publishedAt,
        })
        .returning({ id: articles.id })
        .get();
      writtenIds.push(row.id);
      tx.insert(articleTags)
        .values(
          article.tags.map((slug, position) => ({
            articleId: row.id,
            tagId: tagIds.get(slug)!,
            position,
          })),
        )
        .run();
      tx.insert(articleAuthors)
        .values(
          article.authors.map((slug, position) => ({
            articleId: row.id,
            userId: userIds.get(slug)!,
            position,
          })),
        )
        .run();
      syncPublicState(tx, row.id, { related: null });
    });
    for (const id of writtenIds) {
      syncRelatedList(tx, id, getRelatedRanking(tx, id));
    }
    tx.insert(settings).values({ key: DEMO_CONTENT_SETTING, value: "1" }).run();
  });
  return { seeded: writtenIds.length > 0, articles: writtenIds.length };
}
