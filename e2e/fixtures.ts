// Shared helpers for the end-to-end suite. Everything here is a plain function (no test.extend
// fixtures), so each spec stays independent and runs in any order.
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";

/** The demo newsroom's sections, in header-navigation order. */
export const CATEGORIES = [
  { slug: "news", name: "News" },
  { slug: "politics", name: "Politics" },
  { slug: "crime", name: "Crime" },
  { slug: "business", name: "Business" },
  { slug: "counties", name: "Counties" },
  { slug: "africa", name: "Africa" },
  { slug: "world", name: "World" },
  { slug: "sports", name: "Sports" },
] as const;

export const CATEGORY_SLUGS: readonly string[] = CATEGORIES.map((category) => category.slug);

/** The demo cluster of stories about the Haiti security mission. */
export const HAITI_TAG = "haiti-mission";

/** The designed 404 page's heading (with a typographic apostrophe). */
export const NOT_FOUND_HEADING = "We can’t find that page";

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

/** Matches the path of an article: /{category}/{slug}, with a known category. */
export const ARTICLE_PATH = new RegExp(`^/(?:${CATEGORY_SLUGS.join("|")})/${SLUG}$`);

/** A slug no request can have asked for before: the cache cannot have seen it. */
export function uniqueSlug(prefix = "e2e-missing"): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${prefix}-${Date.now().toString(36)}-${random}`.replace(/[^a-z0-9-]/g, "");
}

/** A random integer in [min, max], for page numbers nobody asked for yet. */
export function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

/** The article paths linked from a page's HTML, in document order, without duplicates. */
export function articlePathsIn(html: string): string[] {
  const paths = [...html.matchAll(/href="([^"#?]+)"/g)].map((match) => match[1] ?? "");
  return [...new Set(paths.filter((path) => ARTICLE_PATH.test(path)))];
}

/** Fetches a listing page (home, category, tag, author) and returns the article paths on it. */
export async function findArticlePaths(
  request: APIRequestContext,
  listingPath: string,
): Promise<string[]> {
  const response = await request.get(listingPath, { maxRedirects: 0 });
  expect(response.status(), `${listingPath} should answer 200`).toBe(200);
  const paths = articlePathsIn(await response.text());
  expect(paths.length, `${listingPath} should link to articles`).toBeGreaterThan(0);
  return paths;
}

/** The path of one article of a category, read off its listing page. */
export async function findArticlePath(
  request: APIRequestContext,
  category: string = "news",
  index = 0,
): Promise<string> {
  const paths = (await findArticlePaths(request, `/${category}`)).filter((path) =>
    path.startsWith(`/${category}/`),
  );
  const path = paths[index % paths.length];
  if (!path) throw new Error(`No article found on /${category}`);
  return path;
}

/** Every Location header of a response, in order (a correct redirect has exactly one). */
export function locationHeaders(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "location")
    .map((header) => header.value);
}

/**
 * The path and query a redirect points to (Location may be absolute or relative). Fails unless
 * there is a Location and every Location header names that same target.
 */
export function redirectTarget(response: APIResponse, base: string): string {
  const targets = locationHeaders(response).map((location) => {
    const url = new URL(location, base);
    return `${url.pathname}${url.search}`;
  });
  expect(
    targets.length,
    `a redirect from ${response.url()} needs a Location header`,
  ).toBeGreaterThan(0);
  expect(new Set(targets).size, `Location headers disagree: ${targets.join(" | ")}`).toBe(1);
  return targets[0] ?? "";
}

/** The link targets inside an element, as paths relative to the page. */
export async function hrefsIn(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/** The "Related Posts" section of an article page. */
export function relatedPosts(page: Page) {
  return page.getByRole("region", { name: "Related Posts" });
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core on the page and fails on any serious or critical violation, printing each rule's
 * id, help text, the failing targets and axe's summary so the report says what to fix.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  const report = serious
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 10)
        .map(
          (node) =>
            `    - ${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`,
        )
        .join("\n");
      return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length} node(s))\n${nodes}`;
    })
    .join("\n");
  expect(
    serious.map((violation) => violation.id),
    `axe found serious/critical violations on ${label}:\n${report}`,
  ).toEqual([]);
}
