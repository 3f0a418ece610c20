import path from "node:path";
import { parseArgs } from "node:util";
import { and, asc, between, desc, eq, isNotNull } from "drizzle-orm";
import { getRelatedRanking } from "@/db/queries/related/get-related-ranking";
import { getRelatedContext } from "@/db/queries/related/get-related-context";
import { openDatabase } from "@/db/open-database";
import { articleTags, relatedArticles } from "@/db/schema";
import { readBulkLabels } from "@/db/seed/bulk/bulk-labels";
import { createRandom } from "@/db/seed/make-hero-image";

// npm run eval:related [-- --database data/bulk/gazeti-bulk.db --sample 5000 --recompute]
// Precision@k of the stored related lists against the bulk corpus's cluster labels, next to the
// shared-tag-newest-first lists most blogging platforms show. A benchmark: it prints figures and
// asserts nothing.
const { values } = parseArgs({
  options: {
    database: { type: "string", default: "data/bulk/gazeti-bulk.db" },
    k: { type: "string", default: "5" },
    sample: { type: "string", default: "5000" },
    // Rank with the current code instead of reading the lists seed:bulk stored (for tuning).
    recompute: { type: "boolean", default: false },
  },
});

const databasePath = path.resolve(values.database);
const k = Number(values.k);
const labels = readBulkLabels(databasePath);
const db = openDatabase(databasePath, { readonly: true });

const clusterOf = new Map<number, { id: number; size: number; kind: string }>();
for (const cluster of labels.clusters) {
  for (const id of cluster.articleIds) {
    clusterOf.set(id, { id: cluster.id, size: cluster.articleIds.length, kind: cluster.kind });
  }
}
// Articles whose story has at least k other stories: a perfect list is all of the same story.
const evaluable = [...clusterOf.entries()]
  .filter(([, cluster]) => cluster.size > k)
  .map(([id]) => id)
  .sort((a, b) => a - b);
const random = createRandom(labels.seed);
const sampleSize = Math.min(Number(values.sample) || evaluable.length, evaluable.length);
const sample = [...evaluable];
for (let i = sample.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [sample[i], sample[j]] = [sample[j]!, sample[i]!];
}
sample.length = sampleSize;
sample.sort((a, b) => a - b);

function storedList(id: number): number[] {
  return db
    .select({ id: relatedArticles.relatedId })
    .from(relatedArticles)
    .where(eq(relatedArticles.articleId, id))
    .orderBy(asc(relatedArticles.position))
    .limit(k)
    .all()
    .map((row) => row.id);
}

// Ghost's default: any shared tag, newest first.
function sharedTagNewestFirst(id: number): number[] {
  const subjectTags = db
    .select({ tagId: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, id))
    .all()
    .map((row) => row.tagId);
  const candidates = new Map<number, number>();
  for (const tagId of subjectTags) {
    for (const row of db
      .select({ id: articleTags.articleId, at: articleTags.publishedAt })
      .from(articleTags)
      .where(and(eq(articleTags.tagId, tagId), isNotNull(articleTags.publishedAt)))
      .orderBy(desc(articleTags.publishedAt), desc(articleTags.articleId))
      .limit(k + 1)
      .all()) {
      if (row.id !== id) candidates.set(row.id, row.at?.getTime() ?? 0);
    }
  }
  return [...candidates.entries()]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, k)
    .map(([candidate]) => candidate);
}

// A fairer tag baseline: the most shared tags first, then the closest in time (±30 days).
function mostSharedTagsNearest(id: number): number[] {
  const subject = db
    .select({ tagId: articleTags.tagId, at: articleTags.publishedAt })
    .from(articleTags)
    .where(eq(articleTags.articleId, id))
    .all();
  const at = subject[0]?.at?.getTime() ?? 0;
  const window = 30 * 86_400_000;
  const shared = new Map<number, { tags: number; at: number }>();
  for (const { tagId } of subject) {
    for (const row of db
      .select({ id: articleTags.articleId, at: articleTags.publishedAt })
      .from(articleTags)
      .where(
        and(
          eq(articleTags.tagId, tagId),
          between(articleTags.publishedAt, new Date(at - window), new Date(at + window)),
        ),
      )
      .all()) {
      if (row.id === id) continue;
      const entry = shared.get(row.id) ?? { tags: 0, at: row.at?.getTime() ?? 0 };
      entry.tags++;
      shared.set(row.id, entry);
    }
  }
  return [...shared.entries()]
    .sort(
      (a, b) =>
        b[1].tags - a[1].tags || Math.abs(a[1].at - at) - Math.abs(b[1].at - at) || b[0] - a[0],
    )
    .slice(0, k)
    .map(([candidate]) => candidate);
}

function precision(id: number, list: number[]): number {
  const own = clusterOf.get(id)!.id;
  return list.filter((other) => clusterOf.get(other)?.id === own).length / k;
}

const context = values.recompute ? getRelatedContext(db, { preloadVocabulary: true }) : null;
const started = performance.now();
let ours = 0;
let baseline = 0;
let strongerBaseline = 0;
let empty = 0;
let distractorHits = 0;
const shadowOf = new Map(labels.clusters.map((c) => [c.id, c.distractorOf]));
for (const id of sample) {
  const list = context
    ? getRelatedRanking(db, id, { context })
        .slice(0, k)
        .map((entry) => entry.id)
    : storedList(id);
  if (list.length === 0) empty++;
  ours += precision(id, list);
  baseline += precision(id, sharedTagNewestFirst(id));
  strongerBaseline += precision(id, mostSharedTagsNearest(id));
  const own = clusterOf.get(id)!.id;
  for (const other of list) {
    const theirs = clusterOf.get(other)?.id;
    if (theirs !== undefined && (shadowOf.get(theirs) === own || shadowOf.get(own) === theirs)) {
      distractorHits++;
    }
  }
}
const seconds = (performance.now() - started) / 1000;
const pct = (value: number) => `${(100 * value).toFixed(1)}%`;

console.log(`eval:related on ${databasePath}`);
console.log(
  `  corpus: ${labels.articleCount.toLocaleString("en")} articles, ${labels.clusters.length.toLocaleString("en")} clusters; ${evaluable.length.toLocaleString("en")} articles have ${k}+ same-story siblings`,
);
console.log(
  `  sample: ${sample.length.toLocaleString("en")} of them (seeded), ${values.recompute ? "lists recomputed with the current ranking code" : "lists as stored by seed:bulk"}`,
);
console.log(`  precision@${k}, Gazeti related posts:      ${pct(ours / sample.length)}`);
console.log(`  precision@${k}, shared tag, newest first:  ${pct(baseline / sample.length)}`);
console.log(
  `  precision@${k}, most shared tags, nearest in time (±30 days): ${pct(strongerBaseline / sample.length)}`,
);
console.log(
  `  Gazeti picks from the deliberate distractor story: ${pct(distractorHits / (sample.length * k))} of slots; empty lists: ${empty}`,
);
console.log(`  (${seconds.toFixed(1)} s)`);
db.$client.close();
