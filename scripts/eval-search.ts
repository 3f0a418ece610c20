import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/open-database";
import { searchArticles } from "@/db/queries/search-articles";
import { MENTION } from "@/db/seed/bulk/plan-corpus";
import { readBulkLabels, type BulkLabels } from "@/db/seed/bulk/bulk-labels";
import { createRandom } from "@/db/seed/make-hero-image";
import { parseSearchQuery } from "@/lib/search/parse-search-query";

// npm run eval:search [-- --database data/bulk/gazeti-bulk.db]
// A fixed, seeded set of queries over the bulk corpus, each with the articles it is meant to
// find (from the cluster labels). Prints recall of those articles in the first page of ten and
// the latency of the whole search (count, ranking, page of cards and excerpts) with no result
// cache. A benchmark: it asserts nothing.
const { values } = parseArgs({
  options: {
    database: { type: "string", default: "data/bulk/gazeti-bulk.db" },
    passes: { type: "string", default: "2" },
  },
});

type Probe = { kind: string; text: string; intended: number[] };

const databasePath = path.resolve(values.database);
const labels = readBulkLabels(databasePath);
const db = openDatabase(databasePath, { readonly: true });
const random = createRandom(labels.seed ^ 0x51ed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function mentioning(cluster: BulkLabels["clusters"][number], bits: number): number[] {
  return cluster.articleIds.filter((_, index) => (cluster.mentions[index]! & bits) === bits);
}

function buildProbes(): Probe[] {
  const clusters = labels.clusters.filter((c) => c.articleIds.length >= 3);
  const probes: Probe[] = [];
  const add = (kind: string, count: number, make: () => Probe | null) => {
    for (let tries = 0, made = 0; made < count && tries < count * 20; tries++) {
      const probe = make();
      if (probe && probe.intended.length > 0 && probe.intended.length <= 10) {
        probes.push(probe);
        made++;
      }
    }
  };
  add("story (named object + place)", 100, () => {
    const c = pick(clusters);
    return {
      kind: "story (named object + place)",
      text: `${c.objectName} ${c.place}`,
      intended: mentioning(c, MENTION.object | MENTION.place),
    };
  });
  add("person phrase + place", 50, () => {
    const c = pick(clusters);
    return {
      kind: "person phrase + place",
      text: `"${c.person}" ${c.place}`,
      intended: mentioning(c, MENTION.person | MENTION.place),
    };
  });
  add("prefix (word cut short)", 25, () => {
    const c = pick(clusters);
    if (c.objectName.length < 6) return null;
    return {
      kind: "prefix (word cut short)",
      text: `${c.objectName.slice(0, -2)}* ${c.place}`,
      intended: mentioning(c, MENTION.object | MENTION.place),
    };
  });
  add("headline, known item", 50, () => {
    const c = pick(clusters);
    const id = pick(c.articleIds);
    const title = db.$client.prepare("select title from articles where id = ?").pluck().get(id);
    return { kind: "headline, known item", text: String(title), intended: [id] };
  });
  return probes;
}

// Phrase probes need to know which articles hold the phrase; the labels say which name the
// object, and those always write it as "<name> <type>".
function withPhraseTargets(probes: Probe[]): Probe[] {
  const clusters = labels.clusters.filter((c) => c.articleIds.length >= 3);
  const extra: Probe[] = [];
  for (let i = 0; extra.length < 25 && i < 500; i++) {
    const c = pick(clusters);
    const intended = mentioning(c, MENTION.object);
    if (intended.length === 0 || intended.length > 10) continue;
    extra.push({ kind: "exact phrase", text: `"${c.objectName} ${c.objectType}"`, intended });
  }
  return [...probes, ...extra];
}

const BROAD = ["police", "drought", "kenya", "said", "the county", "Nairobi water", "court"];
const probes = withPhraseTargets(buildProbes());
const timed = [
  ...probes.map((p) => ({ ...p, scored: true })),
  ...BROAD.map((text) => ({ kind: "broad", text, intended: [], scored: false })),
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const recall = new Map<string, { sum: number; n: number }>();
const passes: number[][] = [];
for (let pass = 0; pass < Math.max(1, Number(values.passes)); pass++) {
  const latencies: number[] = [];
  for (const probe of timed) {
    const match = parseSearchQuery(probe.text).match;
    if (!match) continue;
    const started = performance.now();
    const results = searchArticles(match, { page: 1, pageSize: 10 }, db);
    latencies.push(performance.now() - started);
    if (pass === 0 && probe.scored) {
      const found = new Set(results.hits.map((hit) => hit.article.id));
      const got = probe.intended.filter((id) => found.has(id)).length;
      const entry = recall.get(probe.kind) ?? { sum: 0, n: 0 };
      entry.sum += got / Math.min(10, probe.intended.length);
      entry.n++;
      recall.set(probe.kind, entry);
    }
  }
  passes.push(latencies.sort((a, b) => a - b));
}

const articleCount = db.$client
  .prepare("select count(*) from articles where status = 'published'")
  .pluck()
  .get() as number;
console.log(
  `eval:search on ${databasePath} (${articleCount.toLocaleString("en")} published articles)`,
);
console.log(
  `  ${probes.length} queries with intended articles, ${BROAD.length} broad queries for timing`,
);
let total = 0;
let count = 0;
for (const [kind, { sum, n }] of recall) {
  console.log(`  recall@10, ${kind.padEnd(30)} ${(100 * (sum / n)).toFixed(1)}%  (${n} queries)`);
  total += sum;
  count += n;
}
console.log(`  recall@10, all                            ${(100 * (total / count)).toFixed(1)}%`);
passes.forEach((latencies, index) => {
  console.log(
    `  latency, pass ${index + 1}${index === 0 ? " (fresh connection)" : " (SQLite page cache warm)"}: median ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies[latencies.length - 1]!.toFixed(1)} ms`,
  );
});
db.$client.close();
