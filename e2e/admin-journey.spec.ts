// The newsroom's main journeys through the editor, checked from the reader's side: a story
// written with a photo, previewed, published, corrected, moved, scheduled and flagged as
// breaking. Runs against a server of its own (e2e/admin-editor-fixtures.ts), because it writes.
import { eq } from "drizzle-orm";
import { articles } from "@/db/schema";
import { slugify } from "@/lib/articles/slugify";
import { toNairobiLocalTime } from "@/lib/articles/to-nairobi-local-time";
import {
  articleIdOf,
  bodyEditor,
  expect,
  fillStory,
  photo,
  signInAsAdmin,
  test,
  unique,
  withDatabase,
} from "./admin-editor-fixtures";

// One story carried through the first tests, in order, as a newsroom would.
test.describe.configure({ mode: "serial" });

// The breaking-news strip of a public page, or "" when there is none.
function bannerOf(html: string): string {
  return /<section aria-label="Breaking news"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
}

const title = unique("Harbour cranes arrive in Mombasa");
const slug = slugify(title);
const path = `/business/${slug}`;
let articleId = 0;

test("an editor writes a story with an uploaded photo, previews it and publishes it, and readers find it on the home page, its section and its own address", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // Pages readers have already been served, and that the publish must refresh.
  for (const warm of ["/", "/business"]) {
    expect(await (await request.get(warm)).text()).not.toContain(title);
  }

  await signInAsAdmin(page);
  await page.goto("/admin/articles/new");
  await fillStory(page, {
    title,
    section: "Business",
    excerpt: "Four ship-to-shore cranes will double the terminal's capacity.",
    paragraphs: [
      "The first of four cranes arrived on Tuesday.",
      "Port officials expect the new berth to open in March.",
    ],
  });
  await expect(page.getByLabel("Slug")).toHaveValue(slug);

  const tags = page.getByLabel("Tags", { exact: true });
  await tags.fill("Port of Mombasa");
  await tags.press("Enter");
  await expect(page.getByRole("list", { name: "Tags on this story" })).toContainText(
    "Port of Mombasa",
  );

  // The hero image, uploaded from the editor with its alt text.
  await page.getByRole("button", { name: "Choose or upload a hero image" }).click();
  const picker = page.getByRole("dialog", { name: "Choose the hero image" });
  await picker.getByLabel(/^Image file/).setInputFiles({
    name: "cranes.jpg",
    mimeType: "image/jpeg",
    buffer: await photo({ r: 30, g: 110, b: 170 }),
  });
  await picker.getByLabel("Alt text", { exact: true }).fill("Cranes on a ship in Mombasa port");
  await picker.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(picker.getByRole("status")).toContainText(/Uploaded|already in the library/);
  await picker.getByRole("button", { name: "Use this image" }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole("group", { name: "Hero image" }).getByRole("img")).toHaveAttribute(
    "alt",
    "Cranes on a ship in Mombasa port",
  );

  // The same photo in the body, picked from the library.
  await bodyEditor(page).press("End");
  await page.getByRole("button", { name: "Image", exact: true }).click();
  const bodyPicker = page.getByRole("dialog", { name: "Insert an image" });
  await bodyPicker
    .getByRole("button", { name: "Cranes on a ship in Mombasa port" })
    .first()
    .click();
  await bodyPicker.getByRole("button", { name: "Use this image" }).click();
  await expect(
    bodyEditor(page).getByRole("img", { name: "Cranes on a ship in Mombasa port" }),
  ).toBeVisible();

  // Preview: the draft in the public layout, for staff only, never cached or indexed.
  const popup = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = await popup;
  await preview.waitForURL(/\/admin\/preview\/\d+$/);
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(preview.getByText("Port officials expect the new berth")).toBeVisible();
  await expect(preview.getByText(/Preview: readers cannot see this version/)).toBeVisible();
  const previewResponse = await page.request.get(new URL(preview.url()).pathname);
  expect(previewResponse.headers()["cache-control"]).toContain("no-store");
  expect(previewResponse.headers()["x-robots-tag"]).toContain("noindex");
  expect(await previewResponse.text()).toMatch(/<meta name="robots" content="noindex/);
  await preview.close();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  articleId = articleIdOf(page);

  // Still a draft: nothing public, even with a guessed address.
  expect((await request.get(path)).status()).toBe(404);
  expect((await request.get(`/admin/preview/${articleId}`, { maxRedirects: 0 })).status()).toBe(
    307,
  );

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/done=published/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Published");

  const home = await (await request.get("/")).text();
  expect(home).toContain(title);
  expect(await (await request.get("/business")).text()).toContain(title);
  const story = await request.get(path);
  expect(story.status()).toBe(200);
  const html = await story.text();
  expect(html).toContain("The first of four cranes arrived on Tuesday.");
  expect(html).toContain('alt="Cranes on a ship in Mombasa port"');
  expect(html).toContain("Port of Mombasa");
});

test("readers see the old text until Update, and the new text right after it", async ({
  page,
  request,
}) => {
  await signInAsAdmin(page);
  await page.goto(`/admin/articles/${articleId}`);
  await expect(page.getByRole("button", { name: "Update" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await page.getByLabel("Excerpt").fill("Four cranes, and a second berth by June.");
  await bodyEditor(page).getByText("Port officials expect").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" A second berth follows in June.");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "Readers still see the published version",
  );
  let html = await (await request.get(path)).text();
  expect(html).not.toContain("A second berth follows in June.");
  expect(html).toContain("Four ship-to-shore cranes will double");

  await page.getByRole("button", { name: "Update" }).click();
  await expect(page).toHaveURL(/done=updated/);
  html = await (await request.get(path)).text();
  expect(html).toContain("A second berth follows in June.");
  expect(html).toContain("Four cranes, and a second berth by June.");
  expect(await (await request.get("/business")).text()).toContain(
    "Four cranes, and a second berth by June.",
  );
});

test("changing the slug of a published story sends its old address to the new one", async ({
  page,
  request,
}) => {
  await signInAsAdmin(page);
  await page.goto(`/admin/articles/${articleId}`);
  await page.getByLabel("Slug").fill(`${slug}-moved`);
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page).toHaveURL(/done=updated/);

  const moved = await request.get(path, { maxRedirects: 0 });
  expect([301, 308]).toContain(moved.status());
  expect(moved.headers()["location"]).toMatch(new RegExp(`/business/${slug}-moved$`));
  expect((await request.get(`/business/${slug}-moved`)).status()).toBe(200);
});

test("the revisions panel shows what changed and restores an earlier version without publishing it", async ({
  page,
  request,
}) => {
  await signInAsAdmin(page);
  await page.goto(`/admin/articles/${articleId}/revisions`);
  const revision = (kind: string) =>
    page
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { name: new RegExp(`^${kind} · version`) }) });
  // The correction saved before Update: its changes against the published version.
  const correction = revision("Saved").first();
  await expect(correction.getByText("A second berth follows in June.")).toBeVisible();
  await expect(correction.getByRole("term")).toContainText(["Excerpt", "Body"]);

  const published = revision("Published").first();
  await published.getByRole("button", { name: "Restore this version" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${articleId}\\?done=revision-restored`));
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "Nothing has been published",
  );
  await expect(bodyEditor(page)).not.toContainText("A second berth follows in June.");
  await expect(page.getByLabel("Excerpt")).toHaveValue(
    "Four ship-to-shore cranes will double the terminal's capacity.",
  );
  // Readers still get the updated story.
  expect(await (await request.get(`/business/${slug}-moved`)).text()).toContain(
    "A second berth follows in June.",
  );
});

test("a story scheduled five seconds ahead goes live at its time with nobody in the admin", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const scheduled = unique("Night train to Kisumu resumes");
  await signInAsAdmin(page);
  await page.goto("/admin/articles/new");
  await fillStory(page, {
    title: scheduled,
    section: "Counties",
    paragraphs: ["The overnight service returns after four years."],
  });
  expect(await (await request.get("/counties")).text()).not.toContain(scheduled);
  const at = new Date(Date.now() + 5_000);
  // Entered in newsroom time (Africa/Nairobi), whatever the browser's own zone.
  await page
    .getByLabel("Publish time (Nairobi, EAT)")
    .fill(`${toNairobiLocalTime(at)}:${String(at.getUTCSeconds()).padStart(2, "0")}`);
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page).toHaveURL(/done=scheduled/);
  await expect(page.getByText(/Goes live/)).toBeVisible();
  await page.close();

  const storyPath = `/counties/${slugify(scheduled)}`;
  expect((await request.get(storyPath)).status()).toBe(404);
  await expect
    .poll(async () => (await request.get("/counties")).text(), {
      timeout: 30_000,
      intervals: [1_000],
    })
    .toContain(scheduled);
  expect((await request.get(storyPath)).status()).toBe(200);
});

test("a breaking story puts a banner on every public page until its window ends", async ({
  page,
  request,
  databasePath,
}) => {
  test.setTimeout(90_000);
  const breaking = unique("Floods cut the Nairobi–Mombasa highway");
  for (const warm of ["/", "/politics"]) {
    expect(await (await request.get(warm)).text()).not.toContain(breaking);
  }
  await signInAsAdmin(page);
  await page.goto("/admin/articles/new");
  await fillStory(page, {
    title: breaking,
    section: "News",
    paragraphs: ["Traffic is being diverted at Mtito Andei."],
  });
  await page.getByLabel("Breaking").check();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/done=published/);
  const id = articleIdOf(page);

  for (const pagePath of ["/", "/politics"]) {
    expect(bannerOf(await (await request.get(pagePath)).text()), pagePath).toContain(breaking);
  }

  // Six hours pass (the window is moved to end a second from now): the scheduler clears it
  // and every cached page drops the banner on its own.
  withDatabase(databasePath, (db) =>
    db
      .update(articles)
      .set({ breakingUntil: new Date(Date.now() + 1_000) })
      .where(eq(articles.id, id))
      .run(),
  );
  for (const pagePath of ["/", "/politics"]) {
    await expect
      .poll(async () => bannerOf(await (await request.get(pagePath)).text()), {
        timeout: 30_000,
        intervals: [1_000],
      })
      .toBe("");
  }
});
