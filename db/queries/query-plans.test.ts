import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type GazetiDatabase } from "../open-database";
import { seedBulkCorpus } from "../seed/bulk/seed-bulk-corpus";
import { getArticleBySlug } from "./get-article-by-slug";
import { parseSearchQuery } from "@/lib/search/parse-search-query";
import { chunkOfId, SITEMAP_CHUNK_SIZE } from "@/lib/seo/sitemap-chunks";
import { getArticleCardsByIds } from "./get-article-cards-by-ids";
import { getAuthorListing } from "./get-author-listing";
import { getBreakingNews } from "./get-breaking-news";
import { getCategoryListing } from "./get-category-listing";
import { getDueArticleIds } from "./get-due-article-ids";
import { getFeed } from "./get-feed";
import { getFooterInfo } from "./get-footer-info";
import { getHomePage } from "./get-home-page";
import { getMostRead } from "./get-most-read";
import { getNavCategories } from "./get-nav-categories";
import { getNewsSitemapArticles } from "./get-news-sitemap-articles";
import { getRedirectTarget } from "./get-redirect-target";
import { getRelatedArticles } from "./get-related-articles";
import { getSitePage } from "./get-site-page";
import { getSitemap } from "./get-sitemap";
import { getSitemapIndex } from "./get-sitemap-index";
import { getTagListing } from "./get-tag-listing";
import { getTrashedArticleSlugs } from "./get-trashed-article-slugs";
import { pingDatabase } from "./ping-database";
import { searchArticles } from "./search-articles";
import { expireBreakingNews } from "../mutations/expire-breaking-news";
import { publishDueArticles } from "../mutations/publish-due-articles";

// Every statement the public pages run, planned by SQLite on a 20,000-article corpus after
// ANALYZE: none may scan the articles (or any table that grows with them), walk a whole index,
// or sort a listing in a temporary B-tree. Query plans, not timings: they hold on any machine.
const ARTICLES = 20_000;
const NOW = new Date("2026-11-20T09:00:00Z");

// Editorial configuration with a few dozen rows at most: scanning these is fine.
const SMALL_TABLES = new Set(["categories", "pages", "settings"]);

type Statement = { sql: string; params: unknown[]; caller: string };

let dir: string;
let db: GazetiDatabase;
const statements: Statement[] = [];
let caller = "";
let recording = false;

// Records each statement and the values it was run with, through the connection's `prepare`.
function recordStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const executes = new Set(["run", "get", "all", "iterate"]);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    const proxy: typeof statement = new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (recording && executes.has(String(property))) {
            statements.push({ sql: source, params: args, caller });
          }
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? proxy : result;
        };
      },
    });
    return proxy;
  }) as typeof sqlite.prepare;
}

function one<T>(sqlite: Database.Database, sql: string, ...params: unknown[]): T {
  return sqlite.prepare(sql).get(...params) as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gazeti-plans-"));
  const databasePath = path.join(dir, "plans.db");
  // The bulk corpus's own generator (db/seed/bulk), without images and without computing
  // related lists (minutes at this size): those rows are filled below with the same shape.
  await seedBulkCorpus({
    articles: ARTICLES,
    databasePath,
    dataDir: dir,
    images: 0,
    related: false,
    now: NOW,
  });
  db = openDatabase(databasePath);
  const sqlite = db.$client;
  // Six related stories per article, as publishing stores them; a week of views.
  sqlite.exec(`
    insert into related_articles (article_id, related_id, position, score)
    select a.id, r.id, r.id - a.id, 1.0 / (r.id - a.id)
      from articles a join articles r on r.id between a.id + 1 and a.id + 6;
    insert into article_views_daily (article_id, day, views)
    select a.id, d.day, 1 + (a.id * 7 + length(d.day)) % 50
      from articles a
      join (select '2026-11-14' as day union all select '2026-11-15' union all select '2026-11-16'
            union all select '2026-11-17' union all select '2026-11-18' union all select '2026-11-19'
            union all select '2026-11-20') d
     where a.status = 'published' and a.id % 4 = 0;
    analyze;
  `);
  recordStatements(sqlite);
}, 180_000);

afterAll(() => {
  db?.$client.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// Each public query, with realistic arguments taken from the corpus.
function runPublicQueries(): string[] {
  const sqlite = db.$client;
  type Row = { slug: string; id: number; category: string };
  const article = one<Row>(
    sqlite,
    `select a.id, a.slug, c.slug as category from articles a join categories c on c.id = a.category_id
      where a.status = 'published' order by a.id limit 1 offset 5000`,
  );
  const category = one<{ slug: string }>(
    sqlite,
    `select c.slug from categories c join articles a on a.category_id = c.id
      group by c.id order by count(*) desc limit 1`,
  );
  const tag = one<{ slug: string }>(
    sqlite,
    `select t.slug from tags t join article_tags at on at.tag_id = t.id
      where at.published_at is not null group by t.id order by count(*) desc limit 1`,
  );
  const author = one<{ slug: string }>(
    sqlite,
    `select u.slug from users u join article_authors aa on aa.user_id = u.id
      where aa.published_at is not null group by u.id order by count(*) desc limit 1`,
  );
  const page = one<{ slug: string }>(sqlite, "select slug from pages limit 1");
  const word = (
    sqlite.prepare("select title from articles where id = ?").get(article.id) as { title: string }
  ).title
    .split(" ")
    .find((candidate) => candidate.length > 5)!;
  const ids = (
    sqlite
      .prepare("select id from articles where status = 'published' order by id desc limit 20")
      .all() as { id: number }[]
  ).map((row) => row.id);

  const calls: Record<string, () => unknown> = {
    getHomePage: () => getHomePage(db),
    getNavCategories: () => getNavCategories(db),
    getFooterInfo: () => getFooterInfo(db),
    getArticleBySlug: () => getArticleBySlug(article.slug, db),
    getRelatedArticles: () => getRelatedArticles(article.id, db),
    getArticleCardsByIds: () => getArticleCardsByIds(ids, db),
    "getCategoryListing p1": () => getCategoryListing(category.slug, 1, db),
    "getCategoryListing p50": () => getCategoryListing(category.slug, 50, db),
    "getTagListing p1": () => getTagListing(tag.slug, 1, db),
    "getTagListing p5": () => getTagListing(tag.slug, 5, db),
    "getAuthorListing p1": () => getAuthorListing(author.slug, 1, db),
    "getAuthorListing p5": () => getAuthorListing(author.slug, 5, db),
    getSitePage: () => getSitePage(page.slug, db),
    // Null and empty answers are answers too: a missing address and an empty trash.
    getRedirectTarget: () => [getRedirectTarget(`/${article.category}/no-such-story`, db)],
    getTrashedArticleSlugs: () => [getTrashedArticleSlugs(db)],
    "getFeed all": () => getFeed({ kind: "all" }, undefined, db),
    "getFeed category": () => getFeed({ kind: "category", slug: category.slug }, undefined, db),
    "getFeed tag": () => getFeed({ kind: "tag", slug: tag.slug }, undefined, db),
    "getFeed author": () => getFeed({ kind: "author", slug: author.slug }, undefined, db),
    getSitemapIndex: () => getSitemapIndex(db),
    getMostRead: () => getMostRead({ now: NOW }, db).items,
    "searchArticles word": () => searchArticles(parseSearchQuery(word).match!, {}, db).hits,
    "searchArticles common word, page 3": () =>
      searchArticles(parseSearchQuery("the").match!, { page: 3 }, db).hits,
    "searchArticles filtered": () => [
      searchArticles(
        parseSearchQuery(word).match!,
        {
          filters: {
            categorySlug: article.category,
            from: new Date(NOW.getTime() - 365 * 86_400_000),
            until: NOW,
          },
        },
        db,
      ),
    ],
    getNewsSitemapArticles: () => getNewsSitemapArticles(NOW, db),
    getBreakingNews: () => getBreakingNews(db, NOW),
    // The scheduler's look-up, every 30 seconds: usually nothing is due.
    getDueArticleIds: () => [getDueArticleIds(db, NOW)],
    // The health route's check, asked by load balancers every few seconds.
    pingDatabase: () => [pingDatabase(db)],
  };
  for (const entry of getSitemapIndex(db)) {
    calls[`getSitemap ${entry.name}`] = () => getSitemap(entry.name, db);
  }
  recording = true;
  for (const [name, call] of Object.entries(calls)) {
    caller = name;
    expect(call(), `${name} found nothing to show`).toBeTruthy();
  }
  recording = false;
  return Object.keys(calls);
}

// Helpers of the queries, not queries of their own.
const NOT_QUERIES = new Set(["toArticleCard", "buildListing"]);

// Every read in db/queries (the newsroom's live in db/queries/admin and db/queries/editor, the
// publishing path's in db/queries/publishing and db/queries/related): a new
// one must be added above.
function publicQueryFunctions(): string[] {
  const folder = path.dirname(new URL(import.meta.url).pathname);
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .flatMap((file) =>
      [...fs.readFileSync(path.join(folder, file), "utf8").matchAll(/^export function (\w+)/gm)]
        .map((match) => match[1]!)
        .filter((name) => !NOT_QUERIES.has(name)),
    );
}

type PlanRow = { id: number; parent: number; detail: string };

// A temporary B-tree in a statement with LIMIT (a page of a listing, the newest N) sorts every
// matching row to keep a few: that cost grows with the corpus. Without LIMIT a statement returns
// all it sorts (the bylines of one story, the tags of a feed's 50 items), bounded by the page; a
// ranking of GROUP BY totals (most read) sorts the groups, which no index can hold in order.
// The full-text index is a virtual table: a lookup shows as SCAN with MATCH (M) or rowid (=)
// constraints in its index string; without them it would read the whole index.
// Partial indexes that hold only the few rows an editor flagged (stories marked Breaking, until
// the scheduler clears the flag): sorting what they return is bounded by the newsroom, not the
// corpus.
const FLAGGED_ROW_INDEXES = ["articles_breaking_until_idx"];

function problemsIn(sql: string, plan: PlanRow[]): string[] {
  const problems: string[] = [];
  const readsFlaggedRows = plan.some(({ detail }) =>
    FLAGGED_ROW_INDEXES.some((index) => detail.includes(`INDEX ${index} `)),
  );
  const isListing = /\blimit\b/i.test(sql) && !/\bgroup by\b/i.test(sql) && !readsFlaggedRows;
  for (const { detail } of plan) {
    const scan = /^SCAN (\S+)(.*)$/.exec(detail);
    const table = scan?.[1] ?? "";
    const ftsLookup = /VIRTUAL TABLE INDEX \d+:\S*[M=]/.test(detail);
    if (
      scan &&
      !ftsLookup &&
      !SMALL_TABLES.has(table) &&
      table !== "CONSTANT" &&
      !table.startsWith("(")
    ) {
      problems.push(
        /USING (COVERING )?INDEX/.test(scan[2]!)
          ? `walks a whole index: ${detail}`
          : `full scan: ${detail}`,
      );
    }
    if (/USE TEMP B-TREE FOR .*ORDER BY/.test(detail) && isListing) {
      problems.push(`sorts a listing in a temporary B-tree: ${detail}`);
    }
  }
  return problems;
}

describe("public page queries on a 20,000-article corpus", () => {
  it("never scan a growing table, walk a whole index or sort a listing in a temp B-tree", () => {
    const called = new Set(runPublicQueries().map((name) => name.split(" ")[0]));
    expect(publicQueryFunctions().filter((name) => !called.has(name))).toEqual([]);
    const sqlite = db.$client;
    const seen = new Set<string>();
    const report: string[] = [];
    for (const { sql, params, caller: name } of statements) {
      const key = `${sql}\0${JSON.stringify(params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanRow[];
      const problems = problemsIn(sql, plan);
      if (problems.length > 0) {
        report.push(
          `${name}:\n  ${sql}\n  ${problems.join("\n  ")}\n  plan: ${plan.map((row) => row.detail).join(" | ")}`,
        );
      }
    }
    expect(statements.length).toBeGreaterThan(20);
    expect(report, report.join("\n\n")).toEqual([]);
  });
});

describe("the sitemap index on a 20,000-article corpus", () => {
  // A search, not a scan, either way: the problem check above would not notice SQLite falling
  // back to the id range because the index expression no longer matches the query's
  // `id / SITEMAP_CHUNK_SIZE` (a new chunk size without its migration).
  it("dates each article chunk with one seek on articles_sitemap_chunk_idx", () => {
    const start = statements.length;
    recording = true;
    getSitemapIndex(db);
    recording = false;
    const chunkStatements = statements
      .splice(start)
      .filter(({ sql }) => sql.includes(`id / ${SITEMAP_CHUNK_SIZE} =`));
    expect(chunkStatements).toHaveLength(chunkOfId(ARTICLES) + 1);
    for (const { sql, params } of chunkStatements) {
      const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanRow[];
      expect(plan.map((row) => row.detail)).toEqual([
        "SCAN CONSTANT ROW",
        "SCALAR SUBQUERY 1",
        "SEARCH articles USING COVERING INDEX articles_sitemap_chunk_idx (<expr>=?)",
        "SCALAR SUBQUERY 2",
        "SEARCH articles USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)",
      ]);
    }
  });
});

describe("the scheduler's tick on a 20,000-article corpus", () => {
  // Every 30 s, with nobody waiting for it but every reader queued behind it: the look-ups for
  // due stories and expired breaking flags must find the few rows they want, not read every
  // published story on the way (which the problem check above would not call a scan).
  it("finds due stories and expired breaking flags through indexes on their own dates", () => {
    const start = statements.length;
    recording = true;
    caller = "scheduler";
    publishDueArticles(db, { now: NOW });
    expireBreakingNews(db, { now: NOW });
    recording = false;
    const plans = statements
      .splice(start)
      .filter(({ sql }) => /publish_at|breaking_until/.test(sql) && /\bwhere\b/i.test(sql))
      .map(({ sql, params }) => ({
        sql,
        plan: (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanRow[])
          .map((row) => row.detail)
          .join(" | "),
      }));
    const due = plans.filter(({ sql }) =>
      /"status" = \? and "articles"."publish_at" <= \?/.test(sql),
    );
    const breaking = plans.filter(({ sql }) => /"breaking_until" <= \?/.test(sql));
    expect(due.length).toBeGreaterThan(0);
    expect(breaking.length).toBeGreaterThan(0);
    for (const { plan } of due)
      expect(plan).toMatch(/articles_status_publish_at_idx \(status=\? AND publish_at<\?\)/);
    for (const { plan } of breaking) expect(plan).toMatch(/articles_breaking_until_idx/);
  });
});

describe("the plan check", () => {
  it("flags a full scan and a listing sorted in a temporary B-tree", () => {
    const sql = "select id from articles where title like ? order by title limit 5";
    const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all("%a%") as PlanRow[];
    expect(problemsIn(sql, plan)).toEqual([
      "full scan: SCAN articles",
      "sorts a listing in a temporary B-tree: USE TEMP B-TREE FOR ORDER BY",
    ]);
  });
});
