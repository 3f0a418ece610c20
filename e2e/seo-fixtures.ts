// Helpers for the search-engine and syndication specs (e2e/seo-*.spec.ts): what a crawler reads.
import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, type APIRequestContext } from "@playwright/test";
import { E2E_BASE_URL } from "@/playwright.config";

const SCHEMAS = path.resolve("e2e/fixtures/schemas");
export const SITEINDEX_XSD = path.join(SCHEMAS, "siteindex.xsd");
export const URLSET_XSD = path.join(SCHEMAS, "sitemap-with-extensions.xsd");

/** The public address the server was started with (SITE_URL): every absolute URL starts so. */
export const SITE_URL = E2E_BASE_URL;

/** Validates XML with libxml2's xmllint, offline; without a schema, well-formedness only. */
export function expectValidXml(xml: string, label: string, schema?: string): void {
  const args = ["--nonet", "--noout", ...(schema ? ["--schema", schema] : []), "-"];
  const result = spawnSync("xmllint", args, { input: xml, encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is needed (libxml2-utils): ${result.error.message}`);
  expect(result.status, `${label} must be valid:\n${result.stderr.slice(0, 2000)}`).toBe(0);
}

/** Text of every <tag> element, in document order (tags of sitemaps and feeds hold no markup). */
export function elementTexts(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}>([^<]*)</${tag}>`, "g");
  return [...xml.matchAll(pattern)].map((match) => decodeXml(match[1] ?? ""));
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** A site URL as the path the test client requests. */
export function pathOf(url: string): string {
  expect(url.startsWith(`${SITE_URL}/`), `${url} must be on ${SITE_URL}`).toBe(true);
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/** The JSON-LD nodes of a page, parsed, by @type. */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
  return scripts.map((match) => JSON.parse(match[1] ?? "null") as Record<string, unknown>);
}

export function jsonLdByType(html: string, type: string): Record<string, unknown> {
  const node = jsonLdOf(html).find((candidate) => candidate["@type"] === type);
  expect(node, `the page must carry a ${type} JSON-LD node`).toBeTruthy();
  return node as Record<string, unknown>;
}

/** The content of <meta property|name="key">, every occurrence. */
export function metaValues(html: string, key: string): string[] {
  const pattern = new RegExp(
    `<meta (?:property|name)="${key.replace(/[:.]/g, "\\$&")}" content="([^"]*)"`,
    "g",
  );
  return [...html.matchAll(pattern)].map((match) => decodeXml(match[1] ?? ""));
}

export function linkHref(html: string, rel: string, type?: string): string | null {
  for (const match of html.matchAll(/<link [^>]*>/g)) {
    const tag = match[0];
    if (!tag.includes(`rel="${rel}"`)) continue;
    if (type && !tag.includes(`type="${type}"`)) continue;
    return decodeXml(/href="([^"]*)"/.exec(tag)?.[1] ?? "");
  }
  return null;
}

export async function getText(request: APIRequestContext, pathname: string) {
  const response = await request.get(pathname, { maxRedirects: 0 });
  expect(response.status(), `${pathname} should answer 200`).toBe(200);
  return { response, body: await response.text() };
}

/**
 * The e2e server's database, for the few tests that must put a story in a state no page can
 * reach yet (in the trash, an old address). Rows written here use fresh random slugs and old
 * dates, so no listing, feed or other spec ever shows them.
 */
export function openE2eDatabase(): Database.Database {
  const dir = process.env.E2E_DATA_DIR ?? "data/e2e";
  const db = new Database(path.resolve(dir, "gazeti.db"));
  db.pragma("busy_timeout = 5000");
  return db;
}
