// Phone widths: nothing may scroll sideways, and every section in the header stays on screen
// (the navigation wraps instead of hiding behind a menu).
import { expect, test, type Page } from "@playwright/test";
import { CATEGORIES, findArticlePath } from "./fixtures";

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 360, height: 780 },
];

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  // Lazy images and fonts can change the layout after load; measure once the page has settled.
  await page.waitForLoadState("load");
  const metrics = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(
    metrics.scrollWidth,
    `document is ${metrics.scrollWidth}px wide in a ${metrics.innerWidth}px viewport`,
  ).toBeLessThanOrEqual(metrics.innerWidth);
  expect(metrics.bodyScrollWidth).toBeLessThanOrEqual(metrics.innerWidth);
  // Scrolling sideways must not move the page either.
  await page.evaluate(() => window.scrollTo(500, 0));
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
}

async function expectEveryNavLinkVisible(page: Page): Promise<void> {
  const links = page.getByRole("navigation", { name: "Sections" }).getByRole("link");
  await expect(links).toHaveText(CATEGORIES.map((category) => category.name));
  for (const category of CATEGORIES) {
    const link = links.filter({ hasText: category.name });
    await expect(link, `${category.name} in the header`).toBeVisible();
    await expect(link, `${category.name} fully on screen`).toBeInViewport({ ratio: 1 });
  }
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("the home page does not scroll sideways and shows every section link", async ({
      page,
    }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { name: "Latest", level: 2 })).toBeVisible();
      await expectEveryNavLinkVisible(page);
      await expectNoHorizontalScroll(page);
    });

    test("a category page does not scroll sideways and shows every section link", async ({
      page,
    }) => {
      await page.goto("/counties");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Counties");
      await expectEveryNavLinkVisible(page);
      await expectNoHorizontalScroll(page);
    });

    test("an article does not scroll sideways and shows every section link", async ({
      page,
      request,
    }) => {
      await page.goto(await findArticlePath(request, "world"));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("region", { name: "Share this story" })).toBeVisible();
      await expectEveryNavLinkVisible(page);
      await expectNoHorizontalScroll(page);
    });
  });
}
