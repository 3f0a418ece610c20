// Keyboard only: the skip link comes first, every story is reachable with Tab, and Enter opens it.
import { expect, test, type Page } from "@playwright/test";
import { ARTICLE_PATH } from "./fixtures";

type Focused = {
  tag: string;
  text: string;
  href: string | null;
  inHeadline: boolean;
  inArticle: boolean;
  outlineStyle: string;
  outlineWidth: string;
};

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? "").trim(),
      href: element.getAttribute("href"),
      inHeadline: Boolean(element.closest("h2, h3")),
      inArticle: Boolean(element.closest("main article")),
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
    };
  });
}

test.describe("keyboard navigation on the home page", () => {
  test("the first Tab focuses a visible Skip to content link", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toHaveAttribute("href", "#main");
    // It is visually hidden until focused; focused, it must really be on screen.
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);
    expect(box?.height ?? 0).toBeGreaterThan(10);
    await expect(skip).toBeInViewport();
  });

  test("Enter on the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    // The next Tab continues inside the main content, past the header.
    await page.keyboard.press("Tab");
    const next = await focused(page);
    expect(next?.inArticle, `focus went to ${JSON.stringify(next)}`).toBe(true);
  });

  test("Tab reaches a story headline and Enter opens the story", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

    let headline: Focused | null = null;
    const visited: string[] = [];
    for (let presses = 0; presses < 40 && !headline; presses++) {
      await page.keyboard.press("Tab");
      const current = await focused(page);
      visited.push(current ? `${current.tag}:${current.text.slice(0, 30)}` : "(none)");
      if (current?.tag === "a" && current.inHeadline && current.inArticle) headline = current;
    }
    expect(
      headline,
      `no story headline link within 40 Tabs; focus went ${visited.join(" → ")}`,
    ).not.toBeNull();
    expect(headline?.href ?? "").toMatch(ARTICLE_PATH);
    // The focus indicator is drawn (the site's :focus-visible outline).
    expect(headline?.outlineStyle).not.toBe("none");
    expect(parseFloat(headline?.outlineWidth ?? "0")).toBeGreaterThan(0);

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => url.pathname === headline?.href);
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toBeVisible();
    await expect(h1).toHaveText(headline?.text ?? "");
  });
});
