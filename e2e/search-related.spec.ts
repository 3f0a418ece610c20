// Related posts are ranked by what the stories say: on the demo newsroom's Haiti mission
// cluster, every related link is another story of that cluster.
import { expect, test } from "@playwright/test";
import { findArticlePaths, HAITI_TAG, relatedPosts } from "./fixtures";

test("the related block on a Haiti mission story shows the other stories of that cluster", async ({
  page,
  request,
}) => {
  const cluster = (await findArticlePaths(request, `/tag/${HAITI_TAG}`)).filter(
    (path) => !path.startsWith("/tag/"),
  );
  expect(cluster.length).toBeGreaterThanOrEqual(5);
  const subject = cluster[cluster.length - 1]!;
  await page.goto(subject);
  const related = relatedPosts(page);
  const links = related.getByRole("heading", { level: 3 }).getByRole("link");
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const others = cluster.filter((path) => path !== subject);
  expect(hrefs).toHaveLength(Math.min(6, others.length));
  for (const href of hrefs) expect(others).toContain(href);
});

test("an article counts its view with an uncached image and no cookie", async ({
  page,
  request,
}) => {
  const [subject] = await findArticlePaths(request, `/tag/${HAITI_TAG}`);
  await page.goto(subject!);
  const beacon = page.locator('img[src^="/api/views/"]');
  await expect(beacon).toHaveCount(1);
  await expect(beacon).toHaveAttribute("alt", "");
  const response = await request.get((await beacon.getAttribute("src"))!, {
    headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0" },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/gif");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["set-cookie"]).toBeUndefined();
  const mostRead = await request.get("/api/most-read");
  expect(mostRead.headers()["cache-control"]).toMatch(/max-age=60/);
  expect(await mostRead.json()).toMatchObject({ window: expect.stringMatching(/day|week/) });
});
