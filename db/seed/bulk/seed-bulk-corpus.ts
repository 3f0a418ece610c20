import fs from "node:fs";
import path from "node:path";
import { readingTime } from "@/lib/body/reading-time";
import { bodyToPlainText } from "@/lib/body/body-to-plain-text";
import { writeRenditions, type Renditions } from "@/lib/media/write-renditions";
import { buildSearchDocument } from "@/lib/search/search-document";
import { migrateDatabase } from "../../migrate-database";
import { openDatabase } from "../../open-database";
import { DEMO_CONTENT_SETTING } from "../../queries/demo-content-setting";
import { blocksToBody } from "../blocks-to-body";
import { categories as categoryData } from "../data/categories";
import { sitePages } from "../data/site-pages";
import { createRandom, makeHeroImage } from "../make-hero-image";
import { writeBulkLabels, type BulkLabels } from "./bulk-labels";
import { planCorpus, slugifyBulk } from "./plan-corpus";
import { refreshAllRelated } from "./refresh-all-related";
import { BROAD_TAGS, BULK_TOPICS, FIRST_NAMES, SURNAMES } from "./vocabulary";
import { writeArticleText } from "./write-article-text";

export const BULK_CORPUS_SETTING = "bulk_corpus";

export type BulkSeedOptions = {
  articles: number;
  databasePath: string;
  dataDir: string;
  seed?: number;
  now?: Date;
  spanDays?: number;
  images?: number;
  batchSize?: number;
  related?: boolean;
  // Replace a file that is not a bulk corpus (never the default: it protects a real database).
  force?: boolean;
  log?: (line: string) => void;
};

export type BulkSeedResult = {
  articles: number;
  clusters: number;
  labelsPath: string;
  insertSeconds: number;
  indexSeconds: number;
  relatedSeconds: number;
  totalSeconds: number;
};

const seconds = (since: number) => (performance.now() - since) / 1000;

function removeExisting(file: string, force: boolean): void {
  if (!fs.existsSync(file)) return;
  const probe = openDatabase(file, { readonly: true });
  try {
    const hasSettings = probe.$client
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'settings'")
      .get();
    const marked =
      hasSettings &&
      probe.$client.prepare("select 1 from settings where key = ?").get(BULK_CORPUS_SETTING);
    const empty = !hasSettings;
    if (!marked && !empty && !force) {
      throw new Error(
        `${file} exists and is not a bulk corpus; refusing to replace it (use --force).`,
      );
    }
  } finally {
    probe.$client.close();
  }
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

// Generates the synthetic newsroom used to measure search and related posts at scale: a fresh
// database with the committed migrations, articles organised in story clusters, the search
// index built from the same document builder as syncSearchEntry, related lists from the same
// ranking code as publishing, and the cluster labels in a JSON file beside the database.
export async function seedBulkCorpus(options: BulkSeedOptions): Promise<BulkSeedResult> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 20261128;
  const now = (options.now ?? new Date()).getTime();
  const batchSize = options.batchSize ?? 2000;
  const started = performance.now();

  removeExisting(options.databasePath, options.force ?? false);
  const db = openDatabase(options.databasePath);
  migrateDatabase(db);
  const sqlite = db.$client;
  // A generated file that can be made again: durability is traded for speed while loading.
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");

  const random = createRandom(seed ^ 0x5bd1e995);
  const categorySlugs = categoryData.map((category) => category.slug);
  const staffCount = Math.max(16, Math.min(160, Math.ceil(options.articles / 400)));
  const plan = planCorpus({
    articles: options.articles,
    seed,
    now,
    spanDays: options.spanDays ?? 1095,
    staffCount,
    categories: categorySlugs,
  });

  // A few renditions shared by every article: 100,000 distinct images would measure the image
  // encoder, not search.
  const imageCount = options.images ?? categorySlugs.length;
  log(`Making ${imageCount} shared hero images in ${path.join(options.dataDir, "media")}…`);
  const imageRandom = createRandom(seed);
  const heroes: { category: string; renditions: Renditions }[] = [];
  for (let i = 0; i < imageCount; i++) {
    const category = categorySlugs[i % categorySlugs.length]!;
    const buffer = await makeHeroImage(imageRandom, category);
    heroes.push({
      category,
      renditions: await writeRenditions(buffer, path.join(options.dataDir, "media")),
    });
  }

  const insertStarted = performance.now();
  const categoryIds = new Map<string, number>();
  const tagIds = new Map<string, number>();
  const tagNames = new Map<number, string>();
  const userIds: number[] = [];
  const userNames: string[] = [];
  const mediaIdsByCategory = new Map<string, number[]>();

  sqlite.transaction(() => {
    const insertCategory = sqlite.prepare(
      "insert into categories (slug, name, description, nav_order) values (?, ?, ?, ?)",
    );
    categoryData.forEach((category, index) => {
      const result = insertCategory.run(
        category.slug,
        category.name,
        category.description,
        index + 1,
      );
      categoryIds.set(category.slug, Number(result.lastInsertRowid));
    });
    const insertPage = sqlite.prepare(
      "insert into pages (slug, title, summary, body, footer_order) values (?, ?, ?, ?, ?)",
    );
    sitePages.forEach((page, index) => {
      insertPage.run(
        page.slug,
        page.title,
        page.summary,
        JSON.stringify(blocksToBody(page.body)),
        index + 1,
      );
    });
    const insertUser = sqlite.prepare(
      "insert into users (email, name, slug, role, job_title, bio) values (?, ?, ?, 'author', ?, ?)",
    );
    const usedSlugs = new Set<string>();
    for (let i = 0; i < staffCount; i++) {
      const category = categoryData[i % categoryData.length]!;
      let name = "";
      let slug = "";
      do {
        name = `${FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]} ${SURNAMES[Math.floor(random() * SURNAMES.length)]}`;
        slug = slugifyBulk(name);
      } while (usedSlugs.has(slug));
      usedSlugs.add(slug);
      const result = insertUser.run(
        `${slug.replace(/-/g, ".")}@bulk.gazeti.example`,
        name,
        slug,
        `${category.name} Reporter`,
        `${name} reports for the ${category.name} desk. A fictional reporter of the bulk test corpus.`,
      );
      userIds.push(Number(result.lastInsertRowid));
      userNames.push(name);
    }
    const insertTag = sqlite.prepare("insert into tags (slug, name) values (?, ?)");
    const addTag = (slug: string, name: string) => {
      if (tagIds.has(slug)) return;
      const id = Number(insertTag.run(slug, name).lastInsertRowid);
      tagIds.set(slug, id);
      tagNames.set(id, name);
    };
    for (const [slug, name] of Object.entries(BROAD_TAGS)) addTag(slug, name);
    for (const topic of BULK_TOPICS) addTag(topic.slug, topic.name);
    for (const cluster of plan.clusters) {
      if (cluster.storyTag) addTag(cluster.storyTag.slug, cluster.storyTag.name);
      addTag(slugifyBulk(cluster.place), cluster.place);
    }
    const insertMedia = sqlite.prepare(
      "insert into media (hash, mime_type, width, height, rendition_widths, alt, caption, credit, dominant_color) values (?, 'image/png', ?, ?, ?, ?, ?, 'Gazeti graphic', ?)",
    );
    for (const hero of heroes) {
      const result = insertMedia.run(
        hero.renditions.hash,
        hero.renditions.width,
        hero.renditions.height,
        JSON.stringify(hero.renditions.widths),
        `Abstract illustration in the colours of the ${hero.category} section`,
        "Gazeti illustration",
        hero.renditions.dominantColor,
      );
      mediaIdsByCategory.set(hero.category, [
        ...(mediaIdsByCategory.get(hero.category) ?? []),
        Number(result.lastInsertRowid),
      ]);
    }
    sqlite
      .prepare("insert into settings (key, value) values (?, ?)")
      .run(BULK_CORPUS_SETTING, JSON.stringify({ seed, articles: options.articles }));
    sqlite.prepare("insert into settings (key, value) values (?, '1')").run(DEMO_CONTENT_SETTING);
  })();

  const insertArticle = sqlite.prepare(
    `insert into articles (slug, title, standfirst, body, status, category_id, hero_media_id,
       hero_caption, reading_minutes, word_count, featured, created_by_id, version, published_at,
       modified_at, updated_at, created_at)
     values (?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, 0, ?, 1, ?, ?, ?, ?)`,
  );
  const insertArticleTag = sqlite.prepare(
    "insert into article_tags (article_id, tag_id, position, published_at) values (?, ?, ?, ?)",
  );
  const insertArticleAuthor = sqlite.prepare(
    "insert into article_authors (article_id, user_id, position, published_at) values (?, ?, ?, ?)",
  );
  const insertSearchRow = sqlite.prepare(
    "insert into articles_fts (rowid, title, standfirst, body, tags, authors) values (?, ?, ?, ?, ?, ?)",
  );

  const usedSlugs = new Set<string>();
  const articleIdsByCluster = new Map<number, number[]>();
  const mentionsByCluster = new Map<number, number[]>();
  const textRandom = createRandom(seed ^ 0x2545f491);
  let indexMs = 0;
  let written = 0;
  const insertBatch = sqlite.transaction((batch: typeof plan.articles) => {
    for (const planned of batch) {
      const { cluster } = planned;
      const text = writeArticleText(planned, textRandom);
      const body = blocksToBody(text.body);
      const { words, minutes } = readingTime(bodyToPlainText(body));
      let slug = slugifyBulk(text.title).slice(0, 90).replace(/-+$/, "");
      if (usedSlugs.has(slug)) slug = `${slug}-${written + 1}`;
      usedSlugs.add(slug);
      const heroPool = mediaIdsByCategory.get(cluster.topic.category) ?? [];
      const heroId = heroPool.length > 0 ? heroPool[written % heroPool.length]! : null;
      // An editorial update on some follow-ups, a few hours after publication.
      const modifiedAt =
        planned.ordinal > 0 && written % 9 === 4 ? planned.publishedAt + 3 * 3_600_000 : null;
      const authorIds = planned.authors.map((index) => userIds[index]!);
      const id = Number(
        insertArticle.run(
          slug,
          text.title,
          text.standfirst,
          JSON.stringify(body),
          categoryIds.get(cluster.topic.category)!,
          heroId,
          text.heroCaption,
          minutes,
          words,
          authorIds[0]!,
          planned.publishedAt,
          modifiedAt,
          Math.min(now, modifiedAt ?? planned.publishedAt),
          planned.publishedAt - 3_600_000,
        ).lastInsertRowid,
      );
      const tagSlugs = [
        ...(planned.usesStoryTag && cluster.storyTag ? [cluster.storyTag.slug] : []),
        cluster.topic.slug,
        ...cluster.topic.broadTags.filter((_, index) => (id + index) % 3 !== 2),
        ...(written % 10 < 3 ? [slugifyBulk(cluster.place)] : []),
      ];
      const articleTagIds = [...new Set(tagSlugs.map((tag) => tagIds.get(tag)!))];
      articleTagIds.forEach((tagId, position) =>
        insertArticleTag.run(id, tagId, position, planned.publishedAt),
      );
      authorIds.forEach((userId, position) =>
        insertArticleAuthor.run(id, userId, position, planned.publishedAt),
      );
      const indexStarted = performance.now();
      const entry = buildSearchDocument({
        title: text.title,
        standfirst: text.standfirst,
        body,
        tagNames: articleTagIds.map((tagId) => tagNames.get(tagId)!),
        authorNames: planned.authors.map((index) => userNames[index]!),
      });
      insertSearchRow.run(id, entry.title, entry.standfirst, entry.body, entry.tags, entry.authors);
      indexMs += performance.now() - indexStarted;
      articleIdsByCluster.set(cluster.id, [...(articleIdsByCluster.get(cluster.id) ?? []), id]);
      mentionsByCluster.set(cluster.id, [
        ...(mentionsByCluster.get(cluster.id) ?? []),
        planned.mentions,
      ]);
      written++;
    }
  });
  for (let start = 0; start < plan.articles.length; start += batchSize) {
    insertBatch(plan.articles.slice(start, start + batchSize));
    if ((start / batchSize) % 10 === 9 || start + batchSize >= plan.articles.length) {
      const rate = Math.round(written / seconds(insertStarted));
      log(`  ${written.toLocaleString("en")} articles written (${rate.toLocaleString("en")}/s)`);
    }
  }
  const optimiseStarted = performance.now();
  // Merges the index segments written batch by batch, as a long-running site's automerge would.
  sqlite.prepare("insert into articles_fts (articles_fts) values ('optimize')").run();
  indexMs += performance.now() - optimiseStarted;
  const insertSeconds = seconds(insertStarted);

  const relatedStarted = performance.now();
  if (options.related !== false) {
    log("Computing related posts with the publishing code (getRelatedRanking)…");
    refreshAllRelated(db, { log });
  }
  const relatedSeconds = seconds(relatedStarted);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();

  const labels: BulkLabels = {
    version: 1,
    seed,
    generatedAt: new Date(now).toISOString(),
    articleCount: written,
    clusters: plan.clusters.map((cluster) => ({
      id: cluster.id,
      kind: cluster.kind,
      distractorOf: cluster.distractorOf,
      shares: cluster.shares,
      topic: cluster.topic.slug,
      category: cluster.topic.category,
      place: cluster.place,
      person: cluster.person,
      objectName: cluster.objectName,
      objectType: cluster.objectType,
      org: cluster.org,
      articleIds: articleIdsByCluster.get(cluster.id) ?? [],
      mentions: mentionsByCluster.get(cluster.id) ?? [],
    })),
  };
  const labelsPath = writeBulkLabels(options.databasePath, labels);
  return {
    articles: written,
    clusters: plan.clusters.length,
    labelsPath,
    insertSeconds,
    indexSeconds: indexMs / 1000,
    relatedSeconds,
    totalSeconds: seconds(started),
  };
}
