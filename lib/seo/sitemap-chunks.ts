// Sitemaps are cut by a stable key: a story, tag or author always lives in the chunk of its id
// (ids 0–1,999 in chunk 0, 2,000–3,999 in chunk 1, …). Adding content never moves anything to
// another chunk, so chunk URLs and the lastmod of old chunks stay put. A chunk holds at most 2,000
// URLs (about 600 kB, 60 kB gzipped), far below the 50,000 URLs and 50 MB a sitemap may hold,
// because it is gzipped on every response: 10,000 URLs cost 33 ms of CPU a request
// (docs/decisions/0006). The index articles_sitemap_chunk_idx (db/schema.ts) is built on
// `id / SITEMAP_CHUNK_SIZE`, so a new size needs a migration (`npm run db:generate`).
export const SITEMAP_CHUNK_SIZE = 2_000;

export const CHUNKED_SITEMAP_KINDS = ["articles", "tags", "authors"] as const;
export type ChunkedSitemapKind = (typeof CHUNKED_SITEMAP_KINDS)[number];

// Home, sections and editorial pages: a few dozen URLs, one file.
export const SECTIONS_SITEMAP = "sections";

export type SitemapName =
  { kind: ChunkedSitemapKind; chunk: number } | { kind: typeof SECTIONS_SITEMAP };

export function chunkOfId(id: number): number {
  return Math.floor(id / SITEMAP_CHUNK_SIZE);
}

export function chunkIdRange(chunk: number): { from: number; to: number } {
  return { from: chunk * SITEMAP_CHUNK_SIZE, to: (chunk + 1) * SITEMAP_CHUNK_SIZE - 1 };
}

export function sitemapPath(name: SitemapName): string {
  return name.kind === SECTIONS_SITEMAP
    ? `/sitemaps/${SECTIONS_SITEMAP}.xml`
    : `/sitemaps/${name.kind}-${name.chunk}.xml`;
}

const FILE = /^(?:(articles|tags|authors)-(0|[1-9]\d{0,5})|(sections))\.xml$/;

// Only the exact names sitemapPath produces: "articles-01.xml" or "Tags-1.xml" are not sitemaps.
export function parseSitemapFile(file: string): SitemapName | null {
  const match = FILE.exec(file);
  if (!match) return null;
  if (match[3]) return { kind: SECTIONS_SITEMAP };
  return { kind: match[1] as ChunkedSitemapKind, chunk: Number(match[2]) };
}
