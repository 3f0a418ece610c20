// npm run lighthouse [-- --base-url URL] [-- --runs N] — Lighthouse 12 (mobile preset: a mid-range
// phone on a slow 4G connection, simulated) with the system Chromium on home, an article and a
// section page. Prints the four category scores and LCP, CLS and TBT. Figures, not a test.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import lighthouse from "lighthouse";
import { fixed, formatTable, median } from "./bench/lib/format-table";
import { openMeasuredSite } from "./bench/lib/measured-site";
import { startProcess, stopAll, waitForHttp } from "./bench/lib/processes";

const { values: args } = parseArgs({
  options: {
    "base-url": { type: "string" },
    port: { type: "string", default: "3730" },
    runs: { type: "string", default: "1" },
  },
});

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const GOALS = { performance: 95, others: 100, cls: 0.01 };

function findChromium(): string {
  const found = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, "/usr/bin/chromium"].find(
    (candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)),
  );
  if (!found) {
    throw new Error(
      "No Chromium found: apt-get install chromium, or set CHROMIUM_PATH to a Chromium or Chrome.",
    );
  }
  return found;
}

async function startChromium(port: number) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "gazeti-lighthouse-"));
  const started = startProcess(
    "chromium",
    findChromium(),
    [
      "--headless=new",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "about:blank",
    ],
    { logDir: path.resolve("data/bench/lighthouse") },
  );
  await waitForHttp(`http://127.0.0.1:${port}/json/version`, { timeoutMs: 30_000, started });
  return {
    stop: async () => {
      await started.stop();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

type Scores = Record<(typeof CATEGORIES)[number], number> & {
  lcpMs: number;
  cls: number;
  tbtMs: number;
};

async function audit(url: string, debuggingPort: number): Promise<Scores> {
  const result = await lighthouse(url, {
    port: debuggingPort,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    tbtMs: numeric("total-blocking-time"),
  };
}

function medianScores(runs: Scores[]): Scores {
  const pick = (key: keyof Scores) => median(runs.map((run) => run[key]));
  return {
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    "best-practices": pick("best-practices"),
    seo: pick("seo"),
    lcpMs: pick("lcpMs"),
    cls: pick("cls"),
    tbtMs: pick("tbtMs"),
  };
}

async function main() {
  const runs = Math.max(1, Number(args.runs));
  const site = await openMeasuredSite({
    baseUrl: args["base-url"],
    port: Number(args.port),
    name: "lighthouse",
  });
  const debuggingPort = Number(args.port) + 1;
  const chromium = await startChromium(debuggingPort);
  const results: { name: string; path: string; scores: Scores }[] = [];
  try {
    for (const page of site.pages) {
      const url = `${site.baseUrl}${page.path}`;
      // Lighthouse measures the page as a reader gets it: from the server's cache.
      await fetch(url).then((response) => response.arrayBuffer());
      const samples: Scores[] = [];
      for (let run = 0; run < runs; run++) {
        console.log(`[lighthouse] ${page.name} ${run + 1}/${runs}: ${url}`);
        samples.push(await audit(url, debuggingPort));
      }
      results.push({ name: page.name, path: page.path, scores: medianScores(samples) });
    }
  } finally {
    await chromium.stop();
    await site.stop();
  }

  console.log(
    `\nLighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ""}— mobile preset, ${site.baseUrl}\n`,
  );
  console.log(
    formatTable(
      ["page", "performance", "accessibility", "best practices", "SEO", "LCP ms", "CLS", "TBT ms"],
      results.map(({ name, scores }) => [
        name,
        scores.performance,
        scores.accessibility,
        scores["best-practices"],
        scores.seo,
        fixed(scores.lcpMs, 0),
        fixed(scores.cls, 3),
        fixed(scores.tbtMs, 0),
      ]),
    ),
  );
  const misses = results.flatMap(({ name, scores }) => [
    ...(scores.performance < GOALS.performance
      ? [`${name}: performance ${scores.performance}`]
      : []),
    ...(["accessibility", "best-practices", "seo"] as const)
      .filter((category) => scores[category] < GOALS.others)
      .map((category) => `${name}: ${category} ${scores[category]}`),
    ...(scores.cls > GOALS.cls ? [`${name}: CLS ${fixed(scores.cls, 3)}`] : []),
  ]);
  console.log(
    `\nGoals (performance ≥ ${GOALS.performance}, the others ${GOALS.others}, CLS ≤ ${GOALS.cls}): ` +
      (misses.length === 0 ? "all met" : `missed — ${misses.join("; ")}`),
  );
  const file = path.resolve(
    "bench/results",
    `lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ baseUrl: site.baseUrl, runs, results }, null, 2)}\n`);
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await stopAll();
  process.exit(1);
});
