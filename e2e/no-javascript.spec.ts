// With JavaScript off the site must still be a complete newspaper: server-rendered stories,
// related links and a header navigation made of plain links.
import { expect, test } from "@playwright/test";
import {
  ARTICLE_PATH,
  CATEGORIES,
  findArticlePath,
  NOT_FOUND_HEADING,
  relatedPosts,
  uniqueSlug,
} from "./fixtures";

test.use({ javaScriptEnabled: false });

test.describe("without JavaScript", () => {
  test("an article shows its headline, body paragraphs and related posts with links", async ({
    page,
    request,
  }) => {
    const path = await findArticlePath(request, "politics");
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // Proof that scripts really are off: the page's inline scripts would define self.__next_f.
    expect(await page.evaluate(() => "__next_f" in window)).toBe(false);

    const headline = page.getByRole("heading", { level: 1 });
    await expect(headline).toBeVisible();
    expect((await headline.innerText()).trim().length).toBeGreaterThan(10);
    const paragraphs = page.locator(".article-body p");
    expect(await paragraphs.count()).toBeGreaterThanOrEqual(3);
    await expect(paragraphs.first()).toBeVisible();
    expect((await paragraphs.first().innerText()).trim().length).toBeGreaterThan(40);

    const related = relatedPosts(page);
    await expect(related.getByRole("heading", { name: "Related Posts" })).toBeVisible();
    const titles = related.getByRole("heading", { level: 3 }).getByRole("link");
    const count = await titles.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (const href of await titles.evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    )) {
      expect(href).toMatch(ARTICLE_PATH);
      expect(href).not.toBe(path);
    }
    await expect(related.getByRole("link", { name: /^Read more/ })).toHaveCount(count);
  });

  test("the share links are plain links and the copy-link button is left out", async ({
    page,
    request,
  }) => {
    await page.goto(await findArticlePath(request, "crime"));
    const share = page.getByRole("region", { name: "Share this story" });
    await expect(share.getByRole("link")).toHaveCount(4);
    await expect(share.getByRole("button")).toHaveCount(0);
  });

  test("the header navigation works by clicking, down to a story", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gazeti: latest news");
    const nav = page.getByRole("navigation", { name: "Sections" });
    for (const category of [CATEGORIES[1], CATEGORIES[7]]) {
      await nav.getByRole("link", { name: category.name, exact: true }).click();
      await expect(page).toHaveURL((url) => url.pathname === `/${category.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.name);
    }
    const story = page
      .getByRole("main")
      .getByRole("heading", { level: 2 })
      .getByRole("link")
      .first();
    const title = (await story.innerText()).trim();
    const href = (await story.getAttribute("href")) ?? "";
    await story.click();
    await expect(page).toHaveURL((url) => url.pathname === href);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("a missing page shows the designed 404 message", async ({ page }) => {
    const response = await page.goto(`/news/${uniqueSlug("no-such-story")}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND_HEADING, {
      timeout: 2_000,
    });
  });
});
