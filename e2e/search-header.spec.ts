// Search: the header form (with and without JavaScript), the results page and every hostile
// query a reader or a bot can send.
import { expect, test, type Page } from "@playwright/test";
import { ARTICLE_PATH, HAITI_TAG } from "./fixtures";

async function searchFromHeader(page: Page, text: string) {
  const form = page.getByRole("banner").getByRole("search");
  await form.getByRole("searchbox", { name: "Search Gazeti" }).fill(text);
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
}

async function resultLinks(page: Page) {
  return page
    .getByRole("main")
    .getByRole("listitem")
    .getByRole("heading", { level: 2 })
    .getByRole("link");
}

test.describe("search from the header", () => {
  test("finds the Haiti mission stories with the words highlighted", async ({ page }) => {
    await page.goto("/");
    await searchFromHeader(page, "Haiti mission");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Search results");
    await expect(page.getByRole("status").first()).toContainText(/\d+ results?/);
    const links = await resultLinks(page);
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(ARTICLE_PATH);
    }
    await expect(page.locator("main mark").first()).toHaveText(/haiti|mission/i);
    await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue("Haiti mission");
  });

  test("fits a 360 px phone without scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const form = page.getByRole("banner").getByRole("search");
    await expect(form.getByRole("searchbox")).toBeVisible();
    await expect(form.getByRole("button", { name: "Search" })).toBeVisible();
    const box = await form.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form submits and the results page lists stories", async ({ page }) => {
    await page.goto("/politics");
    expect(await page.evaluate(() => "__next_f" in window)).toBe(false);
    await searchFromHeader(page, "Haiti");
    const links = await resultLinks(page);
    expect(await links.count()).toBeGreaterThan(0);
    await links.first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(new URL(page.url()).pathname).toMatch(ARTICLE_PATH);
  });

  test("the filters narrow the results to one section", async ({ page }) => {
    await page.goto("/search?q=Haiti");
    await page.getByLabel("Section", { exact: true }).selectOption("world");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/category=world/);
    const sections = page.getByRole("main").getByRole("listitem").locator("p span");
    expect(await sections.count()).toBeGreaterThan(0);
    for (const text of await sections.allInnerTexts()) expect(text.toLowerCase()).toBe("world");
  });
});

test.describe("the search page", () => {
  test("is never cached and asks search engines not to index it", async ({ request }) => {
    const response = await request.get("/search?q=haiti");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(/no-store|private/);
    const html = await response.text();
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"/);
  });

  test("finds a phrase only where its words stand together", async ({ request }) => {
    const html = await (
      await request.get(`/search?q=${encodeURIComponent('"security mission"')}`)
    ).text();
    expect(html).toContain("<mark");
    expect(html).toMatch(/\d+ results?/);
  });

  test("pages through results at /search/page/N keeping the query", async ({ page }) => {
    await page.goto("/search?q=kenya");
    const next = page.getByRole("navigation", { name: "Result pages" }).getByRole("link", {
      name: "Next",
    });
    await expect(next).toHaveAttribute("href", /^\/search\/page\/2\?q=kenya/);
    await next.click();
    await expect(page.getByRole("status").first()).toContainText("page 2 of");
    expect(await (await resultLinks(page)).count()).toBeGreaterThan(0);
  });

  test("answers every hostile query with a normal page", async ({ request }) => {
    const queries = [
      "%22",
      "%22%22%22",
      "*",
      "-haiti",
      "%5Ehaiti",
      "NEAR(haiti%20police",
      "haiti%20AND%20police",
      "OR",
      "((((",
      "title%3Ahaiti",
      "%FF%FE",
      "%ED%A0%80",
      "%00",
      "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "x".repeat(10_000),
      "",
    ];
    for (const q of queries) {
      const response = await request.get(`/search?q=${q}`);
      expect(response.status(), `q=${q.slice(0, 40)}`).toBe(200);
      const html = await response.text();
      expect(html).not.toContain("<script>alert(1)</script>");
    }
    const long = await (await request.get(`/search?q=${"x".repeat(10_000)}`)).text();
    expect(long).toContain("Your search was long");
    const empty = await (await request.get("/search?q=%20")).text();
    expect(empty).toContain("There was nothing to search for");
  });

  test("a repeated or odd parameter, a bad date and an unknown section still give a page", async ({
    request,
  }) => {
    const response = await request.get(
      "/search?q=haiti&q=police&category=nowhere&from=2026-02-31&to=yesterday",
    );
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("That section does not exist");
    expect(html).toContain("date was not understood");
  });

  test("an address past the last page says so", async ({ request }) => {
    const response = await request.get(`/search/page/99?q=${HAITI_TAG.split("-")[0]}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Back to the first page");
  });
});
