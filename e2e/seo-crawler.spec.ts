// A crawler's view: the HTML as served, no JavaScript run. Everything a search engine needs is in
// it: the story, its related posts and the links into sections and topics.
import { expect, test } from "@playwright/test";
import { CATEGORY_SLUGS, findArticlePath } from "./fixtures";
import { getText } from "./seo-fixtures";

test.describe("an article fetched without JavaScript", () => {
  test("holds the whole body, the related posts and links to its section and topics", async ({
    request,
  }) => {
    const path = await findArticlePath(request, "news");
    const html = (await getText(request, path)).body;
    const body = /<div class="article-body[^"]*">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
    const paragraphs = body.match(/<p>[^<]{40,}/g) ?? [];
    expect(paragraphs.length, "body paragraphs in the HTML").toBeGreaterThan(2);
    const related = /<section aria-labelledby="related-heading"[\s\S]*?<\/section>/.exec(html)?.[0];
    expect(related, "a Related Posts section").toBeTruthy();
    const relatedLinks = [...(related ?? "").matchAll(/href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/g)];
    expect(relatedLinks.length).toBeGreaterThan(0);
    expect(html).toContain(`href="/news"`);
    expect(html).toMatch(/<a rel="tag"[^>]* href="\/tag\/[a-z0-9-]+"/);
  });

  test("the pages it links to answer 200", async ({ request }) => {
    const path = await findArticlePath(request, "world");
    const html = (await getText(request, path)).body;
    const links = [
      ...html.matchAll(/href="(\/(?:tag|author)\/[a-z0-9-]+|\/[a-z0-9-]+\/[a-z0-9-]+)"/g),
    ]
      .map((match) => match[1] ?? "")
      .filter((link, index, all) => all.indexOf(link) === index)
      .slice(0, 12);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect((await request.get(link, { maxRedirects: 0 })).status(), link).toBe(200);
    }
  });
});

test.describe("the home page fetched without JavaScript", () => {
  test("links to every section and to stories", async ({ request }) => {
    const html = (await getText(request, "/")).body;
    for (const category of CATEGORY_SLUGS) expect(html).toContain(`href="/${category}"`);
    expect(html).toMatch(/href="\/[a-z0-9-]+\/[a-z0-9-]+"/);
  });
});
