// Publishing without the editor UI: the scheduler publishing a story at its time with nobody in
// the admin, the media upload route's checks, and the scheduler's internal route. Runs against
// a server of its own (e2e/admin-auth-server.ts), because it writes.
import sharp from "sharp";
// The newsroom server of the editor specs (scheduler ticking every 2 s, so the test waits seconds).
import { expect, signInAsAdmin, test } from "./admin-editor-fixtures";
import { scheduleStory } from "./schedule-story";

test.describe.configure({ mode: "default" });

test("a story scheduled a few seconds ahead goes live on its section page and at its address with nobody in the admin", async ({
  request,
  databasePath,
}) => {
  test.setTimeout(60_000);
  const title = `Scheduled by the e2e suite ${Date.now().toString(36)}`;
  // The section page is rendered and cached before the story exists.
  expect(await (await request.get("/news")).text()).not.toContain(title);
  const { path } = scheduleStory(databasePath, {
    title,
    standfirst: "Published by the scheduler.",
    secondsAhead: 5,
  });
  expect((await request.get(path)).status()).toBe(404);
  await expect
    .poll(async () => (await request.get("/news")).text(), { timeout: 30_000, intervals: [1_000] })
    .toContain(title);
  const story = await request.get(path);
  expect(story.status()).toBe(200);
  expect(await story.text()).toContain(title);
});

test("the upload route refuses anonymous requests", async ({ request }) => {
  const response = await request.post("/api/admin/media", {
    multipart: { file: { name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("x") } },
  });
  expect(response.status()).toBe(401);
});

test("an HTML file renamed .jpg is refused with a clear message, and a real photo gets its renditions and crops", async ({
  page,
  baseURL,
}) => {
  await signInAsAdmin(page);
  const upload = (name: string, buffer: Buffer) =>
    page.request.post("/api/admin/media", {
      headers: { origin: baseURL },
      multipart: {
        file: { name, mimeType: "image/jpeg", buffer },
        alt: "Boats in Mombasa harbour",
      },
    });
  const refused = await upload(
    "holiday.jpg",
    Buffer.from("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"),
  );
  expect(refused.status()).toBe(415);
  expect((await refused.json()).error).toMatch(/Only JPEG, PNG, WebP, AVIF and GIF images/);

  const photo = await sharp({
    create: { width: 1800, height: 1200, channels: 3, background: { r: 20, g: 90, b: 160 } },
  })
    .jpeg()
    .toBuffer();
  const accepted = await upload("harbour.jpg", photo);
  expect([200, 201]).toContain(accepted.status());
  const { item } = await accepted.json();
  expect(item).toMatchObject({ width: 1800, height: 1200, alt: "Boats in Mombasa harbour" });
  for (const crop of item.crops as { url: string }[]) {
    const file = await page.request.get(crop.url);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/jpeg");
    expect(file.headers()["cache-control"]).toContain("immutable");
  }
});

test("the scheduler's internal route answers 404 to anyone but the server itself", async ({
  request,
}) => {
  expect((await request.post("/api/internal/publish-due")).status()).toBe(404);
  const guessed = await request.post("/api/internal/publish-due", {
    headers: { authorization: "Bearer guessed-secret" },
  });
  expect(guessed.status()).toBe(404);
});
