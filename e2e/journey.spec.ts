// A reader's path through the site by clicking only: front page → section → story → related
// story → topic → story → author. Each step checks where we landed and what the page is about.
import { expect, test, type Page } from "@playwright/test";
import { ARTICLE_PATH, CATEGORIES, relatedPosts } from "./fixtures";

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

async function expectArticlePage(page: Page, path: string, headline: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.locator(".article-body p").first()).toBeVisible();
}

test.describe("reader journey", () => {
  test("a reader goes from the front page to a section, a story, a related story, a topic and an author", async ({
    page,
  }) => {
    // Front page.
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gazeti: latest news");
    const sections = page.getByRole("navigation", { name: "Sections" }).getByRole("link");
    await expect(sections).toHaveText(CATEGORIES.map((category) => category.name));

    // A section from the header navigation.
    const section = CATEGORIES[6]; // World
    await sections.filter({ hasText: section.name }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/${section.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(section.name);
    await expect(page).toHaveTitle(`${section.name} | Gazeti`);

    // The first story of the section.
    const storyLink = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link");
    await expect(storyLink.first()).toBeVisible();
    const storyHref = (await storyLink.first().getAttribute("href")) ?? "";
    expect(storyHref).toMatch(ARTICLE_PATH);
    expect(storyHref.startsWith(`/${section.slug}/`)).toBe(true);
    const storyTitle = (await storyLink.first().innerText()).trim();
    await storyLink.first().click();
    await expectArticlePage(page, storyHref, storyTitle);
    await expect(
      page
        .getByRole("navigation", { name: "Breadcrumb" })
        .getByRole("link", { name: section.name }),
    ).toHaveAttribute("href", `/${section.slug}`);

    // A related story, through its "Read more" link.
    const related = relatedPosts(page);
    await expect(related.getByRole("heading", { level: 2 })).toHaveText("Related Posts");
    const firstRelated = related.getByRole("listitem").first();
    const relatedTitle = (await firstRelated.getByRole("heading", { level: 3 }).innerText()).trim();
    const readMore = firstRelated.getByRole("link", { name: /^Read more/ });
    const relatedHref = (await readMore.getAttribute("href")) ?? "";
    expect(relatedHref).toMatch(ARTICLE_PATH);
    expect(relatedHref).not.toBe(storyHref);
    await readMore.click();
    await expectArticlePage(page, relatedHref, relatedTitle);

    // A topic of that story.
    const topics = page.getByRole("region", { name: "Topics" }).getByRole("link");
    await expect(topics.first()).toBeVisible();
    const topicName = (await topics.first().innerText()).trim();
    const topicHref = (await topics.first().getAttribute("href")) ?? "";
    expect(topicHref).toMatch(/^\/tag\/[a-z0-9-]+$/);
    await topics.first().click();
    await expect(page).toHaveURL((url) => url.pathname === topicHref);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(topicName);
    await expect(page.getByRole("main").getByText("Topic", { exact: true })).toBeVisible();
    const taggedStories = page
      .getByRole("main")
      .getByRole("heading", { level: 2 })
      .getByRole("link");
    expect(await taggedStories.count()).toBeGreaterThan(0);
    const taggedHrefs = await taggedStories.evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    );
    for (const href of taggedHrefs) expect(href).toMatch(ARTICLE_PATH);

    // A story on the topic page, then its author.
    const taggedTitle = (await taggedStories.first().innerText()).trim();
    await taggedStories.first().click();
    await expectArticlePage(page, taggedHrefs[0] ?? "", taggedTitle);
    await expect(
      page.getByRole("region", { name: "Topics" }).getByRole("link", { name: topicName }),
    ).toBeVisible();
    const author = page.locator('main article header a[href^="/author/"]').first();
    const authorName = (await author.innerText()).trim();
    const authorHref = (await author.getAttribute("href")) ?? "";
    expect(authorHref).toMatch(/^\/author\/[a-z0-9-]+$/);
    await author.click();
    await expect(page).toHaveURL((url) => url.pathname === authorHref);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(authorName);
    const byAuthor = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link");
    expect(await byAuthor.count()).toBeGreaterThan(0);
    expect(pathOf(page)).toBe(authorHref);
  });
});
