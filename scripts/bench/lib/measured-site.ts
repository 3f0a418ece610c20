import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { litePathOf } from "@/lib/lite/lite-paths";
import { clearPageCache, startGazeti } from "./gazeti-server";

export type MeasuredSite = {
  baseUrl: string;
  pages: { name: string; path: string; note?: string }[];
  stop: () => Promise<void>;
};

// The lite edition's twins of the measured pages, measured beside them (docs/decisions/0012).
function withLiteTwins(pages: MeasuredSite["pages"]): MeasuredSite["pages"] {
  return [
    ...pages,
    ...pages.map((page) => ({ ...page, name: `lite ${page.name}`, path: litePathOf(page.path) })),
  ];
}

// The pages a reader's phone is measured on: home, the story nearest 900 words (the HTML budget's
// reference length) and its section, and their lite twins.
function pickPages(databasePath: string): MeasuredSite["pages"] {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    const article = sqlite
      .prepare(
        `select a.slug, a.word_count as words, c.slug as category from articles a
           join categories c on c.id = a.category_id
          where a.status = 'published' order by abs(a.word_count - 900), a.id limit 1`,
      )
      .get() as { slug: string; words: number; category: string };
    return withLiteTwins([
      { name: "home", path: "/" },
      {
        name: "article",
        path: `/${article.category}/${article.slug}`,
        note: `${article.words} words`,
      },
      { name: "category", path: `/${article.category}` },
    ]);
  } finally {
    sqlite.close();
  }
}

async function pagesFromSite(baseUrl: string): Promise<MeasuredSite["pages"]> {
  const home = await (await fetch(baseUrl)).text();
  const links = [...home.matchAll(/href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/g)].map((match) => match[1]!);
  const article = links.find((link) => !/^\/(tag|author|page)\//.test(link));
  if (!article) throw new Error(`no article link on ${baseUrl}`);
  return withLiteTwins([
    { name: "home", path: "/" },
    { name: "article", path: article, note: "first story linked from home" },
    { name: "category", path: `/${article.split("/")[1]}` },
  ]);
}

// Either a site that is already running (--base-url), or the demo newsroom served by a
// production build of this checkout, as `npm start` serves it, on its own port and database.
export async function openMeasuredSite(options: {
  baseUrl?: string;
  port: number;
  name: string;
}): Promise<MeasuredSite> {
  if (options.baseUrl) {
    const baseUrl = options.baseUrl.replace(/\/+$/, "");
    return { baseUrl, pages: await pagesFromSite(baseUrl), stop: async () => {} };
  }
  const dataDir = path.resolve("data/bench/demo");
  const databasePath = path.join(dataDir, "gazeti.db");
  // A fresh demo newsroom each time (its images are kept: they are named by content).
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${databasePath}${suffix}`, { force: true });
  // The bench shares the build folder; pages it cached from its bulk corpus must not be served.
  clearPageCache();
  console.log(`[${options.name}] building (when the code changed) and starting the demo newsroom…`);
  const server = await startGazeti({
    port: options.port,
    databasePath,
    dataDir,
    logDir: path.join(dataDir, "logs"),
    name: options.name,
  });
  return { baseUrl: server.url, pages: pickPages(databasePath), stop: server.stop };
}
