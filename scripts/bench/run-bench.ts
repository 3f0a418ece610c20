// npm run bench [-- --articles N] — the load benchmark (issue 6): one production build, one bulk
// corpus, the portal alone and behind Varnish, against nginx and Node serving the same article
// HTML as a static file, all measured in the same run. Figures, not pass/fail: the ratio to the
// ceiling in the same run is the figure that counts on a noisy machine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { NEXT_CACHE_HEADER } from "@/server/next-internals/next-cache-header";
import { writeCeilingFiles, startNginx, startNodeStatic } from "./lib/ceilings";
import { ensureCorpus } from "./lib/corpus";
import { fixed, formatTable, median, percent } from "./lib/format-table";
import { clearPageCache, startGazeti, trackMemory, type GazetiServer } from "./lib/gazeti-server";
import { sleep, timedGet } from "./lib/http";
import { pickPages, type BenchPages } from "./lib/pick-pages";
import {
  cpuSecondsOfTree,
  descendants,
  describeExits,
  ensureDebianTool,
  memoryOf,
  resetPeakMemory,
  stopAll,
} from "./lib/processes";
import { checkPublishVisibility, type PublishCheck } from "./lib/publish-check";
import { ensureVarnish, startVarnish } from "./lib/varnish";
import { runWrk, type LoadResult } from "./lib/wrk";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "20000" },
    database: { type: "string" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    threads: { type: "string", default: "1" },
    "base-port": { type: "string", default: "3700" },
    "no-varnish": { type: "boolean", default: false },
    "no-ceilings": { type: "boolean", default: false },
  },
  allowPositionals: false,
});

const articleCount = Number(args.articles);
const loadOptions = {
  seconds: Number(args.seconds),
  connections: Number(args.connections),
  threads: Number(args.threads),
  // As a browser asks: the servers compress (Next on every response, Varnish once per object,
  // the ceilings ahead of time).
  headers: { "Accept-Encoding": "gzip, deflate, br" },
};
const basePort = Number(args["base-port"]);
const ports = {
  next: basePort,
  nodeStatic: basePort + 1,
  nginx: basePort + 2,
  varnish: basePort + 3,
};
const runId = new Date().toISOString().replace(/[:.]/g, "-");
const workDir = path.resolve("data/bench/run");
const logDir = path.join(workDir, "logs");
const notes: string[] = [];
const note = (text: string) => {
  notes.push(text);
  console.log(`[bench] ${text}`);
};

type Target = { name: string; path: string | null; optional?: boolean };
type Row = {
  server: "next" | "next-no-page-cache" | "varnish" | "node-static" | "nginx";
  page: string;
  path: string;
  status: number | null;
  load: LoadResult | null;
  // CPU time the serving processes spent per request (user + system): the steadiest cost figure
  // on a shared machine.
  cpuMsPerRequest: number | null;
  // Peak resident memory of the serving processes during the run (MB).
  peakRssMb?: number | null;
  missing?: string;
};

// One wrk run, with the CPU the server's processes spent on it.
async function measure(url: string, serverPid: number | null) {
  const members = serverPid ? descendants(serverPid) : [];
  const windowed = members.map(resetPeakMemory).every(Boolean);
  const before = serverPid ? cpuSecondsOfTree(serverPid) : Number.NaN;
  const load = await runWrk(url, loadOptions);
  const after = serverPid ? cpuSecondsOfTree(serverPid) : Number.NaN;
  const peakRssMb =
    members.length > 0 && windowed
      ? members.reduce((sum, pid) => sum + (memoryOf(pid)?.peakMb ?? 0), 0)
      : null;
  return { load, cpuMsPerRequest: ((after - before) * 1000) / load.requests, peakRssMb };
}

function targetsFor(pages: BenchPages): Target[] {
  return [
    { name: "home", path: "/" },
    { name: "article", path: pages.article.path },
    { name: "category p1", path: pages.category.path },
    { name: `category p${pages.category.deepPage}`, path: pages.category.deepPath },
    { name: "tag", path: pages.tagPath },
    { name: "author", path: pages.authorPath },
    { name: "search", path: pages.searchPath, optional: true },
    { name: "rss feed", path: "/feed.xml", optional: true },
    { name: "sitemap chunk", path: null, optional: true },
  ];
}

// The first chunk named by the sitemap index, if the portal has one.
async function findSitemapChunk(baseUrl: string): Promise<string | null> {
  const index = await timedGet(`${baseUrl}/sitemap.xml`).catch(() => null);
  if (!index || index.status !== 200) return null;
  const locations = [...index.body.toString("utf8").matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname + new URL(match[1]!).search,
  );
  const chunks = locations.filter((location) => location !== "/sitemap.xml");
  return chunks.find((location) => /article/.test(location)) ?? chunks[0] ?? null;
}

async function coldRenders(server: GazetiServer, pages: BenchPages) {
  // Load the route modules and warm the JIT on pages that are not measured.
  for (const warm of ["/", pages.article.path, `${pages.category.path}/page/2`]) {
    await timedGet(`${server.url}${warm}`);
  }
  const pid = server.serverPid();
  // Wall time to the last byte, and the server's CPU time for the render (steadier when the
  // machine is busy).
  const render = async (pagePath: string) => {
    const before = pid ? cpuSecondsOfTree(pid) : Number.NaN;
    const { ms, status } = await timedGet(`${server.url}${pagePath}`);
    if (status !== 200) note(`uncached render of ${pagePath} answered ${status}`);
    return { ms, cpuMs: ((pid ? cpuSecondsOfTree(pid) : Number.NaN) - before) * 1000 };
  };
  const article: { ms: number; cpuMs: number }[] = [];
  const page1: { ms: number; cpuMs: number }[] = [];
  const deep: { ms: number; cpuMs: number }[] = [];
  const samples = Math.max(pages.coldArticles.length, pages.coldCategories.length);
  for (let index = 0; index < samples; index++) {
    const articlePath = pages.coldArticles[index];
    const category = pages.coldCategories[index];
    if (articlePath) article.push(await render(articlePath));
    if (category) {
      page1.push(await render(category.page1));
      deep.push(await render(category.deep));
    }
  }
  const summary = (list: { ms: number; cpuMs: number }[]) => ({
    medianMs: median(list.map((sample) => sample.ms)),
    medianCpuMs: median(list.map((sample) => sample.cpuMs)),
    samplesMs: list.map((sample) => Math.round(sample.ms)),
  });
  return {
    deepPage: pages.coldCategories[0]?.deepPage ?? null,
    article: summary(article),
    categoryPage1: summary(page1),
    categoryDeep: summary(deep),
  };
}

async function warm(baseUrl: string, target: string, cacheHeader: string): Promise<number> {
  let response = await timedGet(`${baseUrl}${target}`, loadOptions.headers);
  for (let attempt = 0; attempt < 5 && response.status === 200; attempt++) {
    response = await timedGet(`${baseUrl}${target}`, loadOptions.headers);
    if (/HIT/i.test(response.headers.get(cacheHeader) ?? "")) break;
    await sleep(100);
  }
  return response.status;
}

async function loadAll(
  server: Row["server"],
  baseUrl: string,
  targets: Target[],
  cacheHeader: string,
  serverPid: number | null,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const target of targets) {
    if (!target.path) {
      rows.push({
        server,
        page: target.name,
        path: "–",
        status: null,
        load: null,
        cpuMsPerRequest: null,
        missing: "missing",
      });
      continue;
    }
    const status = await warm(baseUrl, target.path, cacheHeader);
    if (status !== 200) {
      rows.push({
        server,
        page: target.name,
        path: target.path,
        status,
        load: null,
        cpuMsPerRequest: null,
        missing: status === 404 ? "missing (404)" : `HTTP ${status}`,
      });
      continue;
    }
    console.log(`[bench] ${server} ${target.name}: ${target.path}`);
    rows.push({
      server,
      page: target.name,
      path: target.path,
      status,
      ...(await measure(`${baseUrl}${target.path}`, serverPid)),
    });
  }
  return rows;
}

async function main() {
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(logDir, { recursive: true });
  const loadBefore = os.loadavg();

  const wrk = ensureDebianTool("wrk", ["wrk"]);
  if (!wrk.ok) note(`load rows skipped: ${wrk.reason}`);
  const nginx = args["no-ceilings"] ? null : ensureDebianTool("nginx", ["nginx-light"]);
  if (nginx && !nginx.ok) note(`nginx ceiling skipped: ${nginx.reason}`);
  const varnish = args["no-varnish"] ? null : ensureVarnish();
  if (varnish && !varnish.ok) note(`"as deployed" rows skipped: ${varnish.reason}`);

  const corpus = await ensureCorpus({ articles: articleCount, database: args.database, workDir });
  const pages = pickPages(corpus.runDatabase);

  // 1. Next alone, as `npm start` runs it.
  clearPageCache();
  console.log("[bench] building (when the code changed) and starting the portal…");
  let next = await startGazeti({
    port: ports.next,
    databasePath: corpus.runDatabase,
    dataDir: corpus.dataDir,
    logDir,
  });
  let memory = trackMemory(next);
  console.log("[bench] uncached renders…");
  const cold = await coldRenders(next, pages);
  const targets = targetsFor(pages);
  const sitemap = targets.find((target) => target.name === "sitemap chunk")!;
  sitemap.path = await findSitemapChunk(next.url);
  const rows: Row[] = [];
  if (wrk.ok)
    rows.push(
      ...(await loadAll("next", next.url, targets, NEXT_CACHE_HEADER.name, next.serverPid())),
    );
  const nextAlonePeakMb = memory.peakMb();
  memory.stop();

  // 2. The ceilings: the very same article HTML as a static file.
  const articleHtml = (await timedGet(`${next.url}${pages.article.path}`)).body;
  const ceilingFile = writeCeilingFiles(path.join(workDir, "static"), articleHtml);
  if (wrk.ok && !args["no-ceilings"]) {
    const nodeStatic = await startNodeStatic(ports.nodeStatic, ceilingFile, logDir);
    console.log("[bench] node-static ceiling");
    rows.push({
      server: "node-static",
      page: "article (static file)",
      path: "/article.html",
      status: 200,
      ...(await measure(nodeStatic.url, nodeStatic.started.child.pid ?? null)),
    });
    await nodeStatic.started.stop();
    if (nginx?.ok) {
      const server = await startNginx(
        ports.nginx,
        ceilingFile,
        path.join(workDir, "nginx"),
        logDir,
      );
      console.log("[bench] nginx ceiling");
      rows.push({
        server: "nginx",
        page: "article (static file)",
        path: "/article.html",
        status: 200,
        ...(await measure(server.url, server.started.child.pid ?? null)),
      });
      await server.started.stop();
    }
  }

  // 2b. Next's own serving path, without the page cache in front (PAGE_CACHE_MB=0, what
  // `next start` does): what the page cache saves, on the pages read most.
  if (wrk.ok) {
    await next.stop();
    next = await startGazeti({
      port: ports.next,
      databasePath: corpus.runDatabase,
      dataDir: corpus.dataDir,
      logDir,
      name: "next-no-page-cache",
      env: { PAGE_CACHE_MB: "0" },
    });
    const mostRead = targets.filter((target) =>
      ["home", "article", "category p1"].includes(target.name),
    );
    rows.push(
      ...(await loadAll(
        "next-no-page-cache",
        next.url,
        mostRead,
        NEXT_CACHE_HEADER.name,
        next.serverPid(),
      )),
    );
  }

  // 3. As deployed: the same server behind Varnish, tagging pages with surrogate keys.
  let deployedPeakMb: number | null = null;
  let publish: PublishCheck | null = null;
  if (varnish?.ok) {
    await next.stop();
    next = await startGazeti({
      port: ports.next,
      databasePath: corpus.runDatabase,
      dataDir: corpus.dataDir,
      logDir,
      name: "next-behind-varnish",
      env: {
        HTTP_CACHE_PURGE_URL: `http://127.0.0.1:${ports.varnish}/`,
        // The publish check schedules a story and lets the server's scheduler publish it.
        SCHEDULER_INTERVAL_SECONDS: "1",
      },
    });
    memory = trackMemory(next);
    const cache = await startVarnish({
      port: ports.varnish,
      backendPort: ports.next,
      workDir: path.join(workDir, "varnish"),
      logDir,
    });
    if (wrk.ok)
      rows.push(
        ...(await loadAll(
          "varnish",
          cache.url,
          targets,
          "x-cache",
          cache.started.child.pid ?? null,
        )),
      );
    console.log("[bench] publishing through the cache…");
    publish = await checkPublishVisibility({
      cacheUrl: cache.url,
      databasePath: corpus.runDatabase,
      categorySlug: pages.category.slug,
      label: runId,
    });
    deployedPeakMb = memory.peakMb();
    memory.stop();
  }
  await stopAll();

  report({ pages, cold, rows, nextAlonePeakMb, deployedPeakMb, publish, corpus, loadBefore });
}

function report(input: {
  pages: BenchPages;
  cold: Awaited<ReturnType<typeof coldRenders>>;
  rows: Row[];
  nextAlonePeakMb: number;
  deployedPeakMb: number | null;
  publish: PublishCheck | null;
  corpus: Awaited<ReturnType<typeof ensureCorpus>>;
  loadBefore: number[];
}) {
  const { rows, cold } = input;
  const ceiling = (server: Row["server"]) =>
    rows.find((row) => row.server === server)?.load?.requestsPerSecond ?? Number.NaN;
  const nginxRps = ceiling("nginx");
  const nodeRps = ceiling("node-static");
  const articleCost = (server: Row["server"]) =>
    rows.find((row) => row.server === server && row.page === "article")?.cpuMsPerRequest ??
    Number.NaN;

  console.log(
    `\nGazeti bench — ${input.corpus.articles.toLocaleString("en")} published articles, ` +
      `wrk ${loadOptions.threads} thread(s), ${loadOptions.connections} connections, ` +
      `${loadOptions.seconds} s per row, ${os.cpus().length} cores, load average before ` +
      `${input.loadBefore.map((value) => value.toFixed(2)).join(" ")}\n`,
  );
  console.log(
    formatTable(
      [
        "server",
        "page",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "CPU ms/req",
        "peak MB",
        "vs nginx",
        "vs node",
        "vs article",
        "note",
      ],
      rows.map((row) =>
        row.load
          ? [
              row.server,
              row.page,
              fixed(row.load.requestsPerSecond, 0),
              fixed(row.load.p50Ms, 2),
              fixed(row.load.p99Ms, 2),
              row.load.errors,
              fixed(row.cpuMsPerRequest ?? Number.NaN, 3),
              fixed(row.peakRssMb ?? Number.NaN, 0),
              percent(row.load.requestsPerSecond / nginxRps),
              percent(row.load.requestsPerSecond / nodeRps),
              row.server !== "nginx" && row.server !== "node-static"
                ? `${fixed((row.cpuMsPerRequest ?? Number.NaN) / articleCost(row.server), 2)}×`
                : "–",
              row.path.length > 40 ? `${row.path.slice(0, 39)}…` : row.path,
            ]
          : [row.server, row.page, "–", "–", "–", "–", "–", "–", "–", "–", "–", row.missing ?? "–"],
      ),
    ),
  );
  console.log(
    "\n'CPU ms/req' is the CPU time the serving processes spent per request; 'vs article' is " +
      "that cost relative to the article page on the same server (target: listings within 1.5×).",
  );
  console.log(
    `\nUncached renders (median of ${cold.article.samplesMs.length} pages each, Next alone; ` +
      "CPU: the server's CPU time for the render, clock ticks of 10 ms):",
  );
  console.log(
    formatTable(
      ["page", "median ms", "median CPU ms", "samples ms"],
      (
        [
          ["article", cold.article],
          ["category p1", cold.categoryPage1],
          [`category p${cold.deepPage}`, cold.categoryDeep],
        ] as const
      ).map(([name, figures]) => [
        name,
        fixed(figures.medianMs),
        fixed(figures.medianCpuMs, 0),
        figures.samplesMs.join(" "),
      ]),
    ),
  );
  console.log(
    `category p${cold.deepPage} / p1: ${fixed(cold.categoryDeep.medianMs / cold.categoryPage1.medianMs, 2)}× wall, ` +
      `${fixed(cold.categoryDeep.medianCpuMs / cold.categoryPage1.medianCpuMs, 2)}× CPU ` +
      "(target ≤ 1.2× at 100,000 articles)",
  );
  console.log(
    `\nPeak server memory (RSS): Next alone ${fixed(input.nextAlonePeakMb, 0)} MB` +
      (input.deployedPeakMb === null
        ? ""
        : `, behind Varnish ${fixed(input.deployedPeakMb, 0)} MB`) +
      " (target < 300 MB)",
  );
  if (input.publish) {
    console.log(`\nPublish → visible through the cache: ${input.publish.summary}`);
  }
  if (notes.length > 0) console.log(`\nNotes:\n${notes.map((text) => `- ${text}`).join("\n")}`);

  const result = {
    version: 1,
    runId,
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverageBefore: input.loadBefore,
      loadAverageAfter: os.loadavg(),
    },
    options: { articles: articleCount, ...loadOptions },
    corpus: input.corpus,
    pages: input.pages,
    rows,
    ceilings: { nginxRps, nodeStaticRps: nodeRps },
    cold,
    memory: { nextAlonePeakMb: input.nextAlonePeakMb, deployedPeakMb: input.deployedPeakMb },
    publish: input.publish,
    notes,
  };
  const file = path.resolve("bench/results", `bench-${input.corpus.articles}-${runId}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  const exits = describeExits();
  if (exits) console.error(exits);
  await stopAll();
  process.exit(1);
});
