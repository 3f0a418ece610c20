// The article page, element by element: breadcrumb, byline, dates in newsroom time, hero image,
// share links, related posts (including the Haiti mission cluster) and the footer.
import { expect, test, type Page } from "@playwright/test";
import {
  ARTICLE_PATH,
  articlePathsIn,
  CATEGORIES,
  findArticlePath,
  findArticlePaths,
  HAITI_TAG,
  hrefsIn,
  relatedPosts,
} from "./fixtures";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// "2026-11-27T17:59:43+03:00" shown as "27 November 2026, 17:59 EAT".
function expectedTimeText(datetime: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):\d{2}(?:\.\d+)?\+03:00$/.exec(datetime);
  if (!match) throw new Error(`${datetime} is not an ISO date-time in +03:00`);
  const [, year, month, day, hour, minute] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}, ${hour}:${minute} EAT`;
}

// How React writes text into HTML.
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

async function openArticle(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} should answer 200`).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

function articleHeader(page: Page) {
  return page.locator("main article header").first();
}

test.describe("article page", () => {
  test("shows a breadcrumb from Home to the story's category", async ({ page, request }) => {
    const category = CATEGORIES[3]; // Business
    const path = await findArticlePath(request, category.slug);
    await openArticle(page, path);
    const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
    const links = breadcrumb.getByRole("link");
    await expect(links).toHaveText(["Home", category.name]);
    expect(await hrefsIn(page, 'nav[aria-label="Breadcrumb"] a')).toEqual([
      "/",
      `/${category.slug}`,
    ]);
  });

  test("shows the headline, standfirst, byline and reading time", async ({ page, request }) => {
    const path = await findArticlePath(request, "news");
    await openArticle(page, path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    await expect(page).toHaveTitle(`${title} | Gazeti`);
    const header = articleHeader(page);
    const standfirst = header.locator("h1 + p");
    expect((await standfirst.innerText()).trim().length).toBeGreaterThan(30);
    await expect(header.getByText(/^By /)).toBeVisible();
    await expect(header.getByText(/· \d+ min read$/)).toBeVisible();
    const minutes = Number(/(\d+) min read/.exec(await header.innerText())?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(1);
  });

  test("has a byline whose links lead to the authors' pages", async ({ page, request }) => {
    await openArticle(page, await findArticlePath(request, "politics"));
    const authors = articleHeader(page).locator('a[href^="/author/"]');
    expect(await authors.count()).toBeGreaterThanOrEqual(1);
    for (const author of await authors.all()) {
      const name = (await author.innerText()).trim();
      const href = (await author.getAttribute("href")) ?? "";
      expect(href).toMatch(/^\/author\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
      await expect(author).toHaveAttribute("rel", "author");
      const authorPage = await request.get(href, { maxRedirects: 0 });
      expect(authorPage.status(), href).toBe(200);
      expect(await authorPage.text()).toContain(name);
    }
  });

  test("dates are <time> elements in East Africa Time", async ({ page, request }) => {
    await openArticle(page, await findArticlePath(request, "crime"));
    const times = articleHeader(page).locator("time");
    expect(await times.count()).toBeGreaterThanOrEqual(1);
    for (const time of await times.all()) {
      const datetime = (await time.getAttribute("datetime")) ?? "";
      expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
      const parsed = Date.parse(datetime);
      expect(Number.isNaN(parsed), `${datetime} parses`).toBe(false);
      expect(parsed).toBeLessThanOrEqual(Date.now() + 60_000);
      const text = (await time.innerText()).trim();
      expect(text).toMatch(/ EAT$/);
      expect(text, `the text of <time datetime="${datetime}">`).toBe(expectedTimeText(datetime));
    }
    await expect(articleHeader(page).getByText(/^Published /)).toBeVisible();
  });

  test("an edited story shows an Updated time later than its publication", async ({
    page,
    request,
  }) => {
    // Find an edited story among those on the front page.
    let edited: string | null = null;
    for (const path of await findArticlePaths(request, "/")) {
      const html = await (await request.get(path)).text();
      if (/· Updated <time/.test(html)) {
        edited = path;
        break;
      }
    }
    expect(edited, "the demo newsroom has edited stories on the front page").not.toBeNull();
    await openArticle(page, edited ?? "");
    const times = articleHeader(page).locator("time");
    await expect(times).toHaveCount(2);
    const [published, updated] = await times.evaluateAll((elements) =>
      elements.map((element) => Date.parse(element.getAttribute("datetime") ?? "")),
    );
    expect(updated).toBeGreaterThan(published ?? Infinity);
    await expect(articleHeader(page).getByText(/ · Updated \d/)).toBeVisible();
  });

  test("has a hero image with dimensions, alt text and a caption", async ({ page, request }) => {
    await openArticle(page, await findArticlePath(request, "sports"));
    const figure = page.locator("main article figure").first();
    const image = figure.locator("picture img");
    await expect(image).toBeVisible();
    const width = Number(await image.getAttribute("width"));
    const height = Number(await image.getAttribute("height"));
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect((await image.getAttribute("alt"))?.trim().length ?? 0).toBeGreaterThan(10);
    await expect(figure.locator("picture source")).toHaveCount(2);
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    // The rendered box keeps the intrinsic aspect ratio (no layout shift, no distortion).
    const box = await image.boundingBox();
    expect(Math.abs((box?.width ?? 0) / (box?.height ?? 1) - width / height)).toBeLessThan(0.02);
    expect((await figure.locator("figcaption").innerText()).trim().length).toBeGreaterThan(10);
  });

  test("has share links to WhatsApp, X, Facebook and email carrying the article URL", async ({
    page,
    request,
    baseURL,
  }) => {
    const path = await findArticlePath(request, "africa");
    await openArticle(page, path);
    const articleUrl = `${baseURL}${path}`;
    const encoded = encodeURIComponent(articleUrl);
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    const share = page.getByRole("region", { name: "Share this story" });
    await expect(share.getByRole("heading", { name: "Share this story" })).toBeVisible();
    const href = async (name: string) =>
      (await share.getByRole("link", { name: new RegExp(`^${name}\\b`) }).getAttribute("href")) ??
      "";

    const whatsapp = new URL(await href("WhatsApp"));
    expect(whatsapp.host).toBe("wa.me");
    expect(await href("WhatsApp")).toContain(encoded);
    expect(whatsapp.searchParams.get("text")).toContain(articleUrl);

    const x = new URL(await href("X"));
    expect(x.host).toBe("x.com");
    expect(await href("X")).toContain(`url=${encoded}`);
    expect(x.searchParams.get("url")).toBe(articleUrl);
    expect(x.searchParams.get("text")).toBe(title);

    const facebook = new URL(await href("Facebook"));
    expect(facebook.host).toBe("www.facebook.com");
    expect(await href("Facebook")).toContain(`u=${encoded}`);
    expect(facebook.searchParams.get("u")).toBe(articleUrl);

    const email = new URL(await href("Email"));
    expect(email.protocol).toBe("mailto:");
    expect(await href("Email")).toContain(encoded);
    expect(email.searchParams.get("subject")).toBe(title);
    expect(email.searchParams.get("body")).toContain(articleUrl);

    for (const link of await share.getByRole("link").all()) {
      await expect(link).toHaveAttribute("rel", /noopener/);
    }
  });

  test("shows 4 to 6 related posts, none of them the story itself", async ({ page, request }) => {
    const path = await findArticlePath(request, "counties");
    await openArticle(page, path);
    const related = relatedPosts(page);
    await expect(related.getByRole("heading", { level: 2 })).toHaveText("Related Posts");
    const items = related.getByRole("listitem");
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(6);
    const seen = new Set<string>();
    for (const item of await items.all()) {
      await expect(item.locator("img")).toHaveCount(1);
      expect((await item.locator("img").getAttribute("alt"))?.length ?? 0).toBeGreaterThan(0);
      const titleLink = item.getByRole("heading", { level: 3 }).getByRole("link");
      const href = (await titleLink.getAttribute("href")) ?? "";
      expect(href).toMatch(ARTICLE_PATH);
      expect(href, "a story is not related to itself").not.toBe(path);
      expect(seen.has(href), `${href} is listed once`).toBe(false);
      seen.add(href);
      expect((await titleLink.innerText()).trim().length).toBeGreaterThan(10);
      expect((await item.locator("h3 + p").innerText()).trim().length).toBeGreaterThan(20);
      await expect(item.getByRole("link", { name: /^Read more/ })).toHaveAttribute("href", href);
    }
  });

  test("a Haiti mission story relates mostly to other stories of that cluster", async ({
    page,
    request,
  }) => {
    const cluster = await findArticlePaths(request, `/tag/${HAITI_TAG}`);
    expect(cluster.length).toBeGreaterThanOrEqual(5);
    for (const path of cluster) {
      expect(path).toMatch(/^\/(news|world)\//);
    }
    // Every story of the cluster, in the browser for the first and by HTML for the rest.
    await openArticle(page, cluster[0] ?? "");
    await expect(
      page.getByRole("region", { name: "Topics" }).getByRole("link", { name: /Haiti/ }),
    ).toHaveAttribute("href", `/tag/${HAITI_TAG}`);
    const related = await hrefsIn(page, 'section[aria-labelledby="related-heading"] h3 a');
    const inCluster = related.filter((href) => cluster.includes(href));
    expect(related).not.toContain(cluster[0]);
    expect(inCluster.length, `related to ${cluster[0]}: ${related.join(", ")}`).toBeGreaterThan(
      related.length / 2,
    );

    for (const path of cluster.slice(1)) {
      const html = await (await request.get(path)).text();
      const relatedHtml = html.slice(html.indexOf('aria-labelledby="related-heading"'));
      const relatedPaths = articlePathsIn(relatedHtml);
      expect(relatedPaths.length, `${path} has related posts`).toBeGreaterThanOrEqual(4);
      expect(relatedPaths).not.toContain(path);
      const fromCluster = relatedPaths.filter((href) => cluster.includes(href));
      expect(fromCluster.length, `related to ${path}: ${relatedPaths.join(", ")}`).toBeGreaterThan(
        relatedPaths.length / 2,
      );
    }
  });

  test("shows the footer's demo content notice and site page links", async ({ page, request }) => {
    await openArticle(page, await findArticlePath(request, "world"));
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("note")).toContainText("Demo content");
    await expect(footer.getByRole("note")).toContainText("fictional");
    const pages = footer.getByRole("navigation", { name: "About Gazeti" }).getByRole("link");
    expect(await pages.evaluateAll((links) => links.map((l) => l.getAttribute("href")))).toEqual([
      "/about",
      "/contact",
      "/corrections",
    ]);
  });

  test("works from its absolute URL, which is also its canonical and shared URL", async ({
    page,
    request,
    baseURL,
  }) => {
    const path = await findArticlePath(request, "news", 1);
    const absolute = new URL(path, baseURL).href;
    const response = await page.goto(absolute);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(absolute);
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    expect(title.length).toBeGreaterThan(10);
    // The canonical link may be written relative to the page; it must resolve to this address.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical ?? "", page.url()).href).toBe(absolute);
    const facebook = await page
      .getByRole("region", { name: "Share this story" })
      .getByRole("link", { name: /^Facebook/ })
      .getAttribute("href");
    expect(new URL(facebook ?? "").searchParams.get("u")).toBe(absolute);
    // The same address answers the same story to a plain HTTP client.
    const again = await request.get(absolute, { maxRedirects: 0 });
    expect(again.status()).toBe(200);
    expect(await again.text()).toContain(escapeHtml(title));
  });
});
