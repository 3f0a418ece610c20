// The article editor itself: its fields and buttons for each role, accessibility and phones,
// autosave and the leaving warning, two editors on one story, a contributor's crafted publish,
// a hostile body posted straight to the save action, the trash, and refused uploads. Runs
// against a server of its own (e2e/admin-editor-fixtures.ts), because it writes.
import AxeBuilder from "@axe-core/playwright";
import { and, eq } from "drizzle-orm";
import { articleRevisions, articles, articleWorkingCopies } from "@/db/schema";
import { slugify } from "@/lib/articles/slugify";
import {
  articleIdOf,
  bodyEditor,
  captureActionPost,
  clientOf,
  createStaff,
  expect,
  fillStory,
  replaceFormField,
  replay,
  signIn,
  signInAsAdmin,
  test,
  unique,
  withDatabase,
} from "./admin-editor-fixtures";
import { NEXT_RSC_REQUEST } from "@/server/next-internals/next-rsc-request";

const ACTION = NEXT_RSC_REQUEST.headers.action;

const LABELLED_FIELDS = [
  "Title",
  "Slug",
  "Excerpt",
  "Category",
  "Tags",
  "Publish time (Nairobi, EAT)",
  "Featured",
  "Breaking",
  "Hero caption",
  "SEO title",
  "SEO description",
];

async function newDraft(page: import("@playwright/test").Page, title: string, text: string) {
  await page.goto("/admin/articles/new");
  await fillStory(page, { title, section: "News", paragraphs: [text] });
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?done=saved$/);
  return articleIdOf(page);
}

test("anonymous visitors get no editor, list, media library or preview", async ({ request }) => {
  for (const path of [
    "/admin/articles",
    "/admin/articles/new",
    "/admin/media",
    "/admin/preview/1",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toMatch(/^\/admin\/login/);
  }
  const listing = await request.get("/api/admin/media");
  expect(listing.status()).toBe(401);
});

test("the editor has a visible label on every field, the buttons an editor needs, and passes axe", async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await signInAsAdmin(page);
  await page.goto("/admin/articles/new");
  for (const label of LABELLED_FIELDS) {
    await expect(page.getByLabel(label, { exact: true }), label).toBeVisible();
  }
  await expect(bodyEditor(page)).toBeVisible();
  for (const group of ["Authors", "Hero image"]) {
    await expect(page.getByRole("group", { name: group })).toBeVisible();
  }
  const buttons = page.getByRole("form", { name: "Article" }).locator("button[name=intent]");
  await expect(buttons).toHaveText(["Save draft", "Preview", "Publish", "Schedule"]);

  await page.getByLabel("Title", { exact: true }).fill("Matatu fares rise again");
  await expect(page.getByLabel("Slug")).toHaveValue("matatu-fares-rise-again");

  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  // The editor runs under the admin's Content Security Policy without tripping it.
  expect(consoleErrors).toEqual([]);
});

test("errors are shown next to their fields and nothing typed is lost", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/articles/new");
  await page.getByLabel("Excerpt").fill("An excerpt without a headline.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("form", { name: "Article" }).getByRole("alert")).toContainText(
    "Nothing was saved",
  );
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a title")).toBeVisible();
  await expect(page.getByText("Choose a category")).toBeVisible();
  await expect(page.getByLabel("Excerpt")).toHaveValue("An excerpt without a headline.");
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the editor still saves a draft, and the body it cannot edit is posted back unchanged", async ({
    page,
    browser,
    baseURL,
    databasePath,
  }) => {
    const setup = await (await browser.newContext({ baseURL, javaScriptEnabled: true })).newPage();
    await signInAsAdmin(setup);
    const id = await newDraft(setup, unique("Lamu ferry timetable"), "Ferries leave every hour.");
    await setup.context().close();

    await signInAsAdmin(page);
    await page.goto(`/admin/articles/${id}`);
    await expect(page.getByText("Ferries leave every hour.")).toBeVisible();
    await page.getByLabel("Title", { exact: true }).fill("Lamu ferry timetable changes");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}\\?done=saved$`));
    const stored = withDatabase(databasePath, (db) =>
      db.select().from(articles).where(eq(articles.id, id)).get(),
    );
    expect(stored?.title).toBe("Lamu ferry timetable changes");
    expect(JSON.stringify(stored?.body)).toContain("Ferries leave every hour.");
  });
});

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the editor fits the screen, the body can be written, and the buttons stay in reach", async ({
    page,
  }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/articles/new");
    await page.getByLabel("Title", { exact: true }).fill("Filed from the field in Garissa");
    await bodyEditor(page).click();
    await page.keyboard.type("Reporting from the river bank.");
    await expect(bodyEditor(page)).toContainText("Reporting from the river bank.");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ["Save draft", "Publish"]) {
      const button = page.getByRole("button", { name, exact: true });
      await expect(button).toBeInViewport();
      expect((await button.boundingBox())?.height ?? 0, name).toBeGreaterThanOrEqual(40);
    }
    await page.getByLabel("SEO description").scrollIntoViewIfNeeded();
    await expect(page.getByRole("button", { name: "Save draft" })).toBeInViewport();
  });
});

test("autosave writes the working copy of a live story, never the public page, and leaving with unsaved changes asks first", async ({
  page,
  request,
  databasePath,
}) => {
  test.setTimeout(90_000);
  const title = unique("Maize prices fall in Eldoret");
  await signInAsAdmin(page);
  const id = await newDraft(page, title, "Farmers report a good harvest.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/done=published/);
  const path = `/news/${slugify(title)}`;

  await bodyEditor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Autosaved sentence.");
  await expect(page.getByText("Unsaved changes.")).toBeVisible();
  // At most one autosave every 30 s: this one comes within 30 s of the page opening.
  await expect(page.getByText(/Autosaved at \d\d:\d\d EAT/)).toBeVisible({ timeout: 40_000 });

  const stored = withDatabase(databasePath, (db) => ({
    copy: db
      .select()
      .from(articleWorkingCopies)
      .where(eq(articleWorkingCopies.articleId, id))
      .get(),
    autosaves: db
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.kind, "autosave")))
      .all().length,
  }));
  expect(JSON.stringify(stored.copy?.data)).toContain("Autosaved sentence.");
  expect(stored.autosaves).toBe(1);
  expect(await (await request.get(path)).text()).not.toContain("Autosaved sentence.");

  await page.keyboard.type(" Not saved yet.");
  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const warning = await dialog;
  expect(warning.type()).toBe("beforeunload");
  await warning.accept();
});

test("when two editors save the same story, the second is told and both versions are kept", async ({
  browser,
  baseURL,
  databasePath,
}) => {
  const editor = await createStaff(databasePath, "editor");
  const first = await (await browser.newContext({ baseURL })).newPage();
  const second = await (await browser.newContext({ baseURL })).newPage();
  await signInAsAdmin(first);
  const id = await newDraft(first, unique("Tea auction prices"), "Prices held steady.");
  await signIn(second, editor.email, editor.password);
  await second.goto(`/admin/articles/${id}`);
  await first.goto(`/admin/articles/${id}`);

  await first.getByLabel("Title", { exact: true }).fill("Tea prices climb at the Mombasa auction");
  await second.getByLabel("Title", { exact: true }).fill("Tea prices slip at the Mombasa auction");
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(first).toHaveURL(/done=saved/);

  await second.getByRole("button", { name: "Save draft" }).click();
  const alert = second.getByRole("form", { name: "Article" }).getByRole("alert");
  await expect(alert).toContainText("changed by someone else");
  await expect(alert).toContainText("your version is kept as a revision");
  // Nothing typed is lost on the screen, nor in the database.
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(
    "Tea prices slip at the Mombasa auction",
  );
  const stored = withDatabase(databasePath, (db) => ({
    title: db.select().from(articles).where(eq(articles.id, id)).get()?.title,
    kept: db
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.kind, "conflict")))
      .all()
      .map((revision) => (revision.data as { title: string }).title),
  }));
  expect(stored.title).toBe("Tea prices climb at the Mombasa auction");
  expect(stored.kept).toEqual(["Tea prices slip at the Mombasa auction"]);

  const kept = second.waitForEvent("popup");
  await alert.getByRole("link", { name: "See your kept version" }).click();
  const revisions = await kept;
  await expect(revisions.locator("article:target")).toContainText("Refused save, kept");
  await expect(revisions.locator("article:target")).toContainText(
    "Tea prices slip at the Mombasa auction",
  );
  await first.context().close();
  await second.context().close();
});

test("a contributor can submit for review but cannot publish, even by posting the action directly", async ({
  page,
  browser,
  baseURL,
  request,
  databasePath,
}) => {
  const contributor = await createStaff(databasePath, "contributor");
  const title = unique("Boda boda riders protest new rules");
  await signIn(page, contributor.email, contributor.password);
  const id = await newDraft(page, title, "Riders gathered outside City Hall.");
  const buttons = page.getByRole("form", { name: "Article" }).locator("button[name=intent]");
  await expect(buttons).toHaveText(["Save draft", "Preview", "Submit for review", "Move to trash"]);

  // The contributor's own "Save draft" request, held back, then sent as a "publish".
  const action = await captureActionPost(page, () =>
    page.getByRole("button", { name: "Save draft" }).click(),
  );
  const publish = replaceFormField(action.body, "intent", "publish");
  const asContributor = await clientOf(page, baseURL);
  expect((await replay(asContributor, action, publish, baseURL)).status()).toBe(403);
  await asContributor.dispose();
  expect(
    withDatabase(
      databasePath,
      (db) => db.select().from(articles).where(eq(articles.id, id)).get()?.status,
    ),
  ).toBe("draft");
  expect((await request.get(`/news/${slugify(title)}`)).status()).toBe(404);

  // The same bytes from an editor do publish: the refusal came from the role.
  const editorPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsAdmin(editorPage);
  const asEditor = await clientOf(editorPage, baseURL);
  expect((await replay(asEditor, action, publish, baseURL)).status()).toBeLessThan(400);
  await asEditor.dispose();
  await editorPage.context().close();
  expect((await request.get(`/news/${slugify(title)}`)).status()).toBe(200);
});

test("a crafted body posted straight to the save action renders inert on the public page", async ({
  page,
  databasePath,
}) => {
  const title = unique("Hostile body test");
  await signInAsAdmin(page);
  await page.goto("/admin/articles/new");
  await fillStory(page, { title, section: "News", paragraphs: ["Placeholder."] });
  const crafted = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        attrs: { onclick: "alert('p')", style: "background:url(javascript:alert(1))" },
        content: [
          { type: "text", text: "<script>alert('text')</script> Survives as text." },
          {
            type: "text",
            text: "a bad link",
            marks: [
              {
                type: "link",
                attrs: { href: "javascript:alert(document.cookie)", onmouseover: "alert(1)" },
              },
            ],
          },
          { type: "text", text: " and ", marks: [] },
          {
            type: "text",
            text: "a tab-split one",
            marks: [{ type: "link", attrs: { href: "java\tscript:alert(2)" } }],
          },
        ],
      },
      { type: "script", content: [{ type: "text", text: "alert('node')" }] },
      { type: "html", attrs: { html: "<img src=x onerror=alert(3)>" } },
      { type: "image", attrs: { src: "javascript:alert(4)", alt: "x", onerror: "alert(5)" } },
      {
        type: "embed",
        attrs: { provider: "youtube", url: "javascript://youtube.com/%0aalert(6)" },
      },
      {
        type: "heading",
        attrs: { level: 2, onclick: "alert(7)" },
        content: [{ type: "text", text: "A heading stays" }],
      },
    ],
  };
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route(/\/admin\/articles\/new$/, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()[ACTION]) return route.continue();
    await route.continue({
      postData: replaceFormField(request.postDataBuffer()!, "body", JSON.stringify(crafted)),
    });
  });
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/done=published/);
  await page.unrouteAll();

  const id = articleIdOf(page);
  const stored = withDatabase(databasePath, (db) =>
    db.select().from(articles).where(eq(articles.id, id)).get(),
  );
  // The hostile JSON really was stored as sent; only the renderer stands between it and readers.
  expect(JSON.stringify(stored?.body)).toContain("javascript:alert(document.cookie)");

  await page.goto(`/news/${slugify(title)}`);
  const body = page.locator(".article-body");
  await expect(body).toContainText("<script>alert('text')</script> Survives as text.");
  await expect(body).toContainText("A heading stays");
  const found = await body.evaluate((element) => ({
    scripts: element.querySelectorAll("script, iframe, object, embed").length,
    handlers: [...element.querySelectorAll("*")].flatMap((node) =>
      [...node.attributes]
        .filter((a) => /^on/i.test(a.name) || a.name === "style")
        .map((a) => a.name),
    ),
    hrefs: [...element.querySelectorAll("[href], [src]")].map(
      (node) => node.getAttribute("href") ?? node.getAttribute("src") ?? "",
    ),
  }));
  expect(found.scripts).toBe(0);
  expect(found.handlers).toEqual([]);
  expect(found.hrefs.filter((href) => /script:/i.test(href.replace(/\s/g, "")))).toEqual([]);
  await body.getByText("a bad link").click();
  expect(dialogs).toEqual([]);
});

test("a story moved to the trash answers 410, and comes back from the trash without going live", async ({
  page,
  request,
}) => {
  const title = unique("Council budget row");
  await signInAsAdmin(page);
  await newDraft(page, title, "Councillors walked out.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/done=published/);
  const path = `/news/${slugify(title)}`;
  expect((await request.get(path)).status()).toBe(200);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Move to trash" }).click();
  await expect(page.getByRole("heading", { name: "This story is in the trash" })).toBeVisible();
  expect((await request.get(path)).status()).toBe(410);

  await page.goto("/admin/articles?status=trashed");
  const row = page.getByRole("listitem").filter({ hasText: title });
  await row.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Restored from the trash");
  await expect(page.getByText("Unpublished", { exact: true })).toBeVisible();
  expect((await request.get(path)).status()).toBe(404);
});

test("the articles list filters by status, by author and by title", async ({
  page,
  databasePath,
}) => {
  const author = await createStaff(databasePath, "author");
  const title = unique("Solar kiosks light up Turkana");
  await signIn(page, author.email, author.password);
  await newDraft(page, title, "Kiosks charge phones for a few shillings.");
  await page.goto("/admin/articles");
  await expect(page.getByRole("heading", { level: 2 })).toContainText("(yours)");
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  await page.context().clearCookies();
  await signInAsAdmin(page);
  await page.goto("/admin/articles");
  await page.getByLabel("Status").selectOption("draft");
  await page.getByLabel("Title contains").fill("Solar kiosks");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=draft/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByLabel("Only mine").check();
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("the media library refuses an HTML file renamed .jpg, and asks for alt text after an upload", async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.goto("/admin/media");
  const form = page.getByRole("form", { name: "Upload an image" });
  await form.getByLabel("Image file").setInputFiles({
    name: "holiday.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"),
  });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByRole("alert")).toContainText(
    "Only JPEG, PNG, WebP, AVIF and GIF images can be uploaded",
  );

  const png = await import("sharp").then(({ default: sharp }) =>
    sharp({
      create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 160, b: 20 } },
    })
      .png()
      .toBuffer(),
  );
  await form
    .getByLabel("Image file")
    .setInputFiles({ name: "market.png", mimeType: "image/png", buffer: png });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/\/admin\/media\/\d+\?uploaded=1/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Add alt text");
  await page.getByLabel("Alt text").fill("Sacks of grain at Marikiti market");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Details saved");
});

test("an image without alt text cannot be used in a story until it has some", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/articles/new");
  await page.getByRole("button", { name: "Choose or upload a hero image" }).click();
  const picker = page.getByRole("dialog", { name: "Choose the hero image" });
  const png = await import("sharp").then(({ default: sharp }) =>
    sharp({
      create: { width: 900, height: 500, channels: 3, background: { r: 10, g: 140, b: 60 } },
    })
      .png()
      .toBuffer(),
  );
  await picker
    .getByLabel(/^Image file/)
    .setInputFiles({ name: "field.png", mimeType: "image/png", buffer: png });
  await picker.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(picker.getByRole("status")).toContainText("Uploaded");
  await picker.getByRole("button", { name: "Use this image" }).click();
  await expect(picker.getByRole("alert")).toContainText("Add alt text first");
  await picker.getByLabel("Alt text (required)").fill("A green field near Nakuru");
  await picker.getByRole("button", { name: "Use this image" }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole("group", { name: "Hero image" })).toContainText(
    "Alt text: A green field near Nakuru",
  );
});
