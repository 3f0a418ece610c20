// npm run weight [-- --base-url URL] — what a phone downloads for home, an article and a section:
// compressed bytes per type and requests, on the first visit and on a repeat visit, against the
// budgets of issue 6. Exits 1 when a budget is broken.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, devices, type CDPSession } from "@playwright/test";
import { fixed, formatTable } from "./bench/lib/format-table";
import { openMeasuredSite } from "./bench/lib/measured-site";
import { stopAll } from "./bench/lib/processes";

const { values: args } = parseArgs({
  options: {
    "base-url": { type: "string" },
    port: { type: "string", default: "3720" },
  },
});

const DEVICE = "Moto G4";
const KB = 1024;
const BUDGETS = {
  articleHtmlKb: 30,
  cssKb: 15,
  // The lite edition (docs/decisions/0012): everything a first visit downloads.
  liteArticleKb: 5,
  liteArticleWithHeroKb: 15,
  liteHomeKb: 10,
};
const TYPES = ["html", "css", "js", "font", "image", "other"] as const;
type Kind = (typeof TYPES)[number];

type Transfer = { url: string; kind: Kind; bytes: number; fromCache: boolean; thirdParty: boolean };
type Visit = {
  requests: number;
  // Requests that reached the network (not answered from the browser's cache).
  networkRequests: number;
  bytes: Record<Kind, number>;
  total: number;
  thirdParty: string[];
  scripts: { url: string; bytes: number }[];
  fonts: string[];
};

function kindOf(resourceType: string, mimeType: string): Kind {
  if (resourceType === "Document") return "html";
  if (resourceType === "Stylesheet" || mimeType.includes("css")) return "css";
  if (resourceType === "Script" || mimeType.includes("javascript")) return "js";
  if (resourceType === "Font" || mimeType.startsWith("font/")) return "font";
  if (resourceType === "Image" || mimeType.startsWith("image/")) return "image";
  return "other";
}

// Bytes on the wire per request (compressed body and headers), from the DevTools protocol.
async function recordTransfers(session: CDPSession, origin: string) {
  const transfers = new Map<string, Transfer>();
  // Answered by the browser's own cache: reported before the response itself.
  const servedFromCache = new Set<string>();
  await session.send("Network.enable");
  await session.send("Network.setCacheDisabled", { cacheDisabled: false });
  session.on("Network.requestServedFromCache", (event) => {
    servedFromCache.add(event.requestId);
  });
  session.on("Network.responseReceived", (event) => {
    const url = event.response.url;
    if (url.startsWith("data:")) return;
    transfers.set(event.requestId, {
      url,
      kind: kindOf(event.type, event.response.mimeType),
      bytes: 0,
      fromCache:
        servedFromCache.has(event.requestId) ||
        Boolean(event.response.fromDiskCache || event.response.fromPrefetchCache),
      thirdParty: new URL(url).origin !== origin,
    });
  });
  session.on("Network.loadingFinished", (event) => {
    const transfer = transfers.get(event.requestId);
    if (transfer) transfer.bytes = event.encodedDataLength;
  });
  return () => {
    const list = [...transfers.values()];
    transfers.clear();
    servedFromCache.clear();
    return list;
  };
}

function summarise(transfers: Transfer[]): Visit {
  const bytes = Object.fromEntries(TYPES.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const transfer of transfers) bytes[transfer.kind] += transfer.bytes;
  return {
    requests: transfers.length,
    networkRequests: transfers.filter((transfer) => !transfer.fromCache).length,
    bytes,
    total: Object.values(bytes).reduce((sum, value) => sum + value, 0),
    thirdParty: transfers.filter((transfer) => transfer.thirdParty).map((transfer) => transfer.url),
    scripts: transfers
      .filter((transfer) => transfer.kind === "js")
      .map((transfer) => ({ url: new URL(transfer.url).pathname, bytes: transfer.bytes })),
    fonts: transfers.filter((transfer) => transfer.kind === "font").map((transfer) => transfer.url),
  };
}

// What a script chunk is made of, from markers in its source: production chunk names are content
// hashes and carry no module names.
async function describeScript(url: string): Promise<string> {
  const source = await (await fetch(url)).text();
  const parts: string[] = [];
  if (/__reactContainer\$/.test(source)) parts.push("React DOM");
  else if (/react\.dev\/errors|react\.element|react\.transitional\.element/.test(source))
    parts.push("React");
  if (/Connection closed\.|\$RefreshSig\$|createFromReadableStream/.test(source))
    parts.push("React Server Components client");
  if (/next-router-state-tree|NEXT_REDIRECT|__next_f/.test(source)) parts.push("Next App Router");
  if (/Link copied/.test(source)) parts.push("CopyLinkButtonClient (ours)");
  if (/\/turbopack-[^/]*\.js$/.test(url) || parts.length === 0)
    parts.push("Turbopack chunk loader");
  return `${(source.length / KB).toFixed(0)} KB unpacked: ${parts.join(", ")}`;
}

// Bytes on the wire (as the server compresses nothing already compressed) of the image the lite
// article's "Show image" link opens; 0 when the story has none.
async function heroLinkBytes(baseUrl: string, litePath: string): Promise<number> {
  const html = await (await fetch(`${baseUrl}${litePath}`)).text();
  const href = /<a href="(\/media\/[^"]+)">Show image<\/a>/.exec(html)?.[1];
  if (!href) return 0;
  return (await (await fetch(`${baseUrl}${href}`)).arrayBuffer()).byteLength;
}

async function main() {
  const site = await openMeasuredSite({
    baseUrl: args["base-url"],
    port: Number(args.port),
    name: "weight",
  });
  const systemChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
    (candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)),
  );
  const browser = await chromium.launch({
    executablePath: systemChromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  });
  const origin = new URL(site.baseUrl).origin;
  const results: { name: string; path: string; note?: string; first: Visit; repeat: Visit }[] = [];
  const contents = new Map<string, string>();
  try {
    // A server that has been running: its page cache holds the pages and has compressed Next's
    // static files at the best ratio (docs/decisions/0010), which takes a moment after the first
    // request for each. What a reader's first visit costs is measured after that.
    const warmUp = await browser.newContext({ ...devices[DEVICE] });
    for (const page of site.pages) {
      await (await warmUp.newPage()).goto(`${site.baseUrl}${page.path}`, { waitUntil: "load" });
    }
    await warmUp.close();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const page of site.pages) {
      // A new context per page: an empty cache, as on a first visit.
      const context = await browser.newContext({ ...devices[DEVICE] });
      const tab = await context.newPage();
      const session = await context.newCDPSession(tab);
      const collect = await recordTransfers(session, origin);
      const url = `${site.baseUrl}${page.path}`;
      await tab.goto(url, { waitUntil: "load" });
      await tab.waitForLoadState("networkidle");
      const first = summarise(collect());
      await tab.goto(url, { waitUntil: "load" });
      await tab.waitForLoadState("networkidle");
      const repeat = summarise(collect());
      results.push({ ...page, first, repeat });
      await context.close();
    }
    for (const script of results.flatMap((result) => result.first.scripts)) {
      if (!contents.has(script.url)) {
        contents.set(script.url, await describeScript(`${site.baseUrl}${script.url}`));
      }
    }
  } finally {
    await browser.close();
    await site.stop();
  }

  const kb = (bytes: number) => fixed(bytes / KB, 1);
  console.log(`\nPage weight on a ${DEVICE} (${site.baseUrl}), compressed KB on the wire:\n`);
  console.log(
    formatTable(
      [
        "page",
        "visit",
        "HTML",
        "CSS",
        "JS",
        "fonts",
        "images",
        "other",
        "total",
        "requests",
        "network",
        "3rd party",
      ],
      results.flatMap((result) =>
        (["first", "repeat"] as const).map((visit) => {
          const data = result[visit];
          return [
            `${result.name}${result.note ? ` (${result.note})` : ""}`,
            visit,
            kb(data.bytes.html),
            kb(data.bytes.css),
            kb(data.bytes.js),
            kb(data.bytes.font),
            kb(data.bytes.image),
            kb(data.bytes.other),
            kb(data.total),
            data.requests,
            data.networkRequests,
            data.thirdParty.length,
          ];
        }),
      ),
    ),
  );

  const article = results.find((result) => result.name === "article")!;
  const liteArticle = results.find((result) => result.name === "lite article");
  const liteHome = results.find((result) => result.name === "lite home");
  // The lite article shows its hero only as a link: what following it costs, on top of the page.
  const heroBytes = liteArticle ? await heroLinkBytes(site.baseUrl, liteArticle.path) : 0;
  const scripts = article.first.scripts;
  console.log(
    `\nJavaScript on the article's first visit: ${kb(scripts.reduce((s, x) => s + x.bytes, 0))} KB in ${scripts.length} files`,
  );
  for (const script of scripts) {
    console.log(`  ${kb(script.bytes).padStart(6)} KB  ${script.url}  ${contents.get(script.url)}`);
  }

  const budgets = [
    {
      name: `article HTML ≤ ${BUDGETS.articleHtmlKb} KB (${article.note ?? ""})`,
      value: `${kb(article.first.bytes.html)} KB`,
      ok: article.first.bytes.html <= BUDGETS.articleHtmlKb * KB,
    },
    ...(liteArticle
      ? [
          {
            name: `lite article ≤ ${BUDGETS.liteArticleKb} KB in all (${liteArticle.note ?? ""})`,
            value: `${kb(liteArticle.first.total)} KB`,
            ok: liteArticle.first.total <= BUDGETS.liteArticleKb * KB,
          },
          {
            name: `lite article with its hero ≤ ${BUDGETS.liteArticleWithHeroKb} KB`,
            value: `${kb(liteArticle.first.total + heroBytes)} KB`,
            ok: liteArticle.first.total + heroBytes <= BUDGETS.liteArticleWithHeroKb * KB,
          },
        ]
      : []),
    ...(liteHome
      ? [
          {
            name: `lite home ≤ ${BUDGETS.liteHomeKb} KB in all`,
            value: `${kb(liteHome.first.total)} KB`,
            ok: liteHome.first.total <= BUDGETS.liteHomeKb * KB,
          },
        ]
      : []),
    ...results
      .filter((result) => result.name.startsWith("lite "))
      .map((result) => ({
        name: `${result.name}: no JavaScript`,
        value: `${result.first.scripts.length} script(s)`,
        ok: result.first.scripts.length === 0,
      })),
    ...results.map((result) => ({
      name: `${result.name}: CSS ≤ ${BUDGETS.cssKb} KB`,
      value: `${kb(result.first.bytes.css)} KB`,
      ok: result.first.bytes.css <= BUDGETS.cssKb * KB,
    })),
    ...results.map((result) => ({
      name: `${result.name}: no web font`,
      value: `${result.first.fonts.length} font file(s)`,
      ok: result.first.fonts.length === 0,
    })),
    ...results.map((result) => ({
      name: `${result.name}: no third-party request`,
      value: result.first.thirdParty.join(" ") || "none",
      ok: result.first.thirdParty.length === 0,
    })),
  ];
  console.log("\nBudgets:");
  console.log(
    formatTable(
      ["budget", "measured", "result"],
      budgets.map((budget) => [budget.name, budget.value, budget.ok ? "ok" : "OVER"]),
    ),
  );

  const file = path.resolve(
    "bench/results",
    `weight-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify({ device: DEVICE, baseUrl: site.baseUrl, results, budgets }, null, 2)}\n`,
  );
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
  if (budgets.some((budget) => !budget.ok)) process.exitCode = 1;
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await stopAll();
  process.exit(1);
});
