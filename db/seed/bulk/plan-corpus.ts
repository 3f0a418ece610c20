import { createRandom, type Random } from "../make-hero-image";
import {
  AFRICA_PLACES,
  BULK_TOPICS,
  COUNTY_PLACES,
  FIRST_NAMES,
  NAME_SYLLABLES,
  SURNAMES,
  WORLD_PLACES,
  type BulkTopic,
} from "./vocabulary";

const DAY_MS = 86_400_000;

// Which of a cluster's entities an article names (a bit mask, stored in the labels file so the
// search benchmark knows which stories a query about them is meant to find).
export const MENTION = { place: 1, object: 2, person: 4, org: 8 } as const;

export type ClusterKind = "story" | "distractor" | "single";

export type PlannedCluster = {
  id: number;
  kind: ClusterKind;
  // For a distractor: the cluster it was made to be confused with, and what it shares with it.
  distractorOf: number | null;
  shares: "place" | "person" | "object" | null;
  topic: BulkTopic;
  place: string;
  person: string;
  role: string;
  objectName: string;
  objectType: string;
  org: string;
  // A story tag the desk uses inconsistently: on some of the cluster's articles only.
  storyTag: { slug: string; name: string } | null;
  leadAuthor: number;
  articleCount: number;
};

export type PlannedArticle = {
  cluster: PlannedCluster;
  // 0 for the first story of the cluster, which breaks the news.
  ordinal: number;
  publishedAt: number;
  mentions: number;
  usesStoryTag: boolean;
  authors: number[];
  // Other people and places named in passing: no story's words are unique markers of it.
  noisePerson: string;
  noisePlace: string;
};

export type CorpusPlan = {
  clusters: PlannedCluster[];
  // In publication order, oldest first: article ids follow it.
  articles: PlannedArticle[];
  staffByCategory: Map<string, number[]>;
};

export type PlanOptions = {
  articles: number;
  seed: number;
  now: number;
  spanDays: number;
  staffCount: number;
  categories: string[];
};

const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;
const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function makePeople(random: Random, count: number): string[] {
  const people = new Set<string>();
  while (people.size < count) people.add(`${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`);
  return [...people];
}

function makeObjectNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const syllables = between(random, 2, 3);
    let name = "";
    for (let i = 0; i < syllables; i++) name += pick(random, NAME_SYLLABLES);
    names.add(capitalise(name));
  }
  return [...names];
}

function placesFor(topic: BulkTopic): readonly string[] {
  if (topic.places === "africa") return AFRICA_PLACES;
  if (topic.places === "world") return WORLD_PLACES;
  return COUNTY_PLACES;
}

function clusterSize(random: Random): { kind: ClusterKind; size: number } {
  const roll = random();
  if (roll < 0.55) return { kind: "story", size: between(random, 6, 14) };
  if (roll < 0.8) return { kind: "story", size: between(random, 2, 5) };
  return { kind: "single", size: 1 };
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

// Lays out the whole corpus before any text is written: story clusters of the same topic
// overlap in time, and about half of them get a deliberate distractor — another story of the
// same topic, in the same weeks, sharing one of its place, person or named object.
export function planCorpus(options: PlanOptions): CorpusPlan {
  const random = createRandom(options.seed);
  const clusterCountEstimate = Math.max(8, Math.ceil(options.articles / 6.5));
  const people = makePeople(random, Math.max(200, Math.ceil(clusterCountEstimate / 6)));
  const objectNames = makeObjectNames(random, Math.max(200, Math.ceil(clusterCountEstimate / 5)));
  const staffByCategory = new Map<string, number[]>();
  for (let i = 0; i < options.staffCount; i++) {
    const category = options.categories[i % options.categories.length]!;
    staffByCategory.set(category, [...(staffByCategory.get(category) ?? []), i]);
  }

  const spanMs = options.spanDays * DAY_MS;
  const start = options.now - spanMs;
  const clusters: PlannedCluster[] = [];
  const articles: PlannedArticle[] = [];
  let total = 0;
  type Shadowed = { cluster: PlannedCluster; startsAt: number };
  let pendingDistractorOf: Shadowed | null = null;

  while (total < options.articles) {
    const { kind, size: drawnSize } = clusterSize(random);
    const size = Math.min(drawnSize, options.articles - total);
    const base: Shadowed | null = pendingDistractorOf;
    pendingDistractorOf = null;
    const topic = base ? base.cluster.topic : pick(random, BULK_TOPICS);
    const places = placesFor(topic);
    const shares = base ? pick(random, ["place", "person", "object"] as const) : null;
    const staff = staffByCategory.get(topic.category) ?? [0];
    const objectName = shares === "object" ? base!.cluster.objectName : pick(random, objectNames);
    const objectType =
      shares === "object" ? base!.cluster.objectType : pick(random, topic.objectTypes);
    const cluster: PlannedCluster = {
      id: clusters.length + 1,
      kind: base && kind !== "single" ? "distractor" : kind,
      distractorOf: base ? base.cluster.id : null,
      shares,
      topic,
      place: shares === "place" ? base!.cluster.place : pick(random, places),
      person: shares === "person" ? base!.cluster.person : pick(random, people),
      role: pick(random, topic.roles),
      objectName,
      objectType,
      org: pick(random, topic.orgs),
      storyTag:
        size >= 4 && random() < 0.35
          ? {
              slug: `${slugify(objectName)}-${slugify(objectType)}-${clusters.length + 1}`,
              name: `${objectName} ${objectType}`,
            }
          : null,
      leadAuthor: pick(random, staff),
      articleCount: size,
    };
    clusters.push(cluster);

    // Big stories run for weeks, small ones for days; a distractor starts within days of the
    // story it shadows.
    const runDays = size >= 6 ? between(random, 4, 30) : between(random, 1, 10);
    const latestStart = Math.max(0, spanMs - runDays * DAY_MS - DAY_MS);
    const startsAt: number = base
      ? Math.min(options.now - DAY_MS, Math.max(start, base.startsAt + (random() * 8 - 4) * DAY_MS))
      : start + random() * latestStart;
    const offsets = Array.from({ length: size }, (_, i) =>
      i === 0 ? 0 : random() * runDays * DAY_MS,
    ).sort((a, b) => a - b);
    offsets.forEach((offset, ordinal) => {
      const publishedAt = Math.min(options.now - 60_000, startsAt + offset);
      let mentions = 0;
      if (ordinal === 0 || random() < 0.9) mentions |= MENTION.place;
      if (ordinal === 0 || random() < 0.85) mentions |= MENTION.object;
      if (ordinal === 0 || random() < 0.75) mentions |= MENTION.person;
      if (ordinal === 0 || random() < 0.6) mentions |= MENTION.org;
      const authors = [random() < 0.7 ? cluster.leadAuthor : pick(random, staff)];
      if (random() < 0.1) {
        const second = pick(random, staff);
        if (second !== authors[0]) authors.push(second);
      }
      articles.push({
        cluster,
        ordinal,
        publishedAt,
        mentions,
        usesStoryTag: cluster.storyTag !== null && (ordinal === 0 || random() < 0.6),
        authors,
        noisePerson: pick(random, people),
        noisePlace: pick(random, places),
      });
    });
    total += size;
    if (!base && kind !== "single" && random() < 0.5) pendingDistractorOf = { cluster, startsAt };
  }

  articles.sort((a, b) => a.publishedAt - b.publishedAt);
  return { clusters, articles, staffByCategory };
}

export { slugify as slugifyBulk };
