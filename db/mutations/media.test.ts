import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { cropRenditions } from "@/lib/media/crop-renditions";
import { UploadError } from "@/lib/media/upload-error";
import type { GazetiDatabase } from "../open-database";
import { media } from "../schema";
import {
  createTestNewsroom,
  testArticleValues,
  type TestNewsroom,
} from "../test/create-test-newsroom";
import { createArticle } from "./create-article";
import { createMedia } from "./create-media";
import { updateMediaDetails } from "./update-media-details";
import { moveArticle } from "./move-article";

let newsroom: TestNewsroom;
let db: GazetiDatabase;
let mediaDir: string;

beforeEach(() => {
  newsroom = createTestNewsroom();
  db = newsroom.db;
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "gazeti-media-"));
});
afterEach(() => {
  newsroom.cleanup();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

async function photo(format: "jpeg" | "png" | "webp" | "gif" | "avif", width = 900, height = 600) {
  const image = sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } },
  }).withExif({ IFD0: { Copyright: "Secret camera owner", Artist: "GPS 1.2,3.4" } });
  return image.toFormat(format).toBuffer();
}

describe("uploading to the media library", () => {
  it.each(["jpeg", "png", "webp", "gif", "avif"] as const)(
    "accepts a %s image and re-encodes it into renditions and crops without metadata",
    async (format) => {
      const bytes = await photo(format, 700, 450);
      // The upload carries camera metadata (GIF has nowhere to keep it).
      if (format !== "gif") expect((await sharp(bytes).metadata()).exif).toBeDefined();
      const { item, created } = await createMedia(
        db,
        newsroom.actors.contributor,
        { bytes, alt: "A red square" },
        { mediaDir },
      );
      expect(created).toBe(true);
      expect(item).toMatchObject({
        width: 700,
        height: 450,
        alt: "A red square",
        mimeType: `image/${format}`,
      });
      const files = fs.readdirSync(mediaDir);
      expect(files).toEqual(
        expect.arrayContaining([
          `${item.hash}-640.avif`,
          `${item.hash}-640.webp`,
          `${item.hash}-640.jpg`,
          `${item.hash}-c16x9.jpg`,
          `${item.hash}-c4x3.jpg`,
          `${item.hash}-c1x1.jpg`,
        ]),
      );
      expect(item.crops).toHaveLength(3);
      for (const crop of item.crops) {
        const meta = await sharp(path.join(mediaDir, path.basename(crop.url))).metadata();
        expect([meta.width, meta.height]).toEqual([crop.width, crop.height]);
        expect(meta.exif).toBeUndefined();
      }
      const rendition = await sharp(path.join(mediaDir, `${item.hash}-640.jpg`)).metadata();
      expect(rendition.exif).toBeUndefined();
    },
    // AVIF encoding is slow on a busy two-core machine.
    30_000,
  );

  it("refuses an HTML file named .jpg, with a message saying which images are accepted", async () => {
    const html = Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    const error = await createMedia(
      db,
      newsroom.actors.editor,
      { bytes: html },
      { mediaDir },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({
      status: 415,
      message: expect.stringMatching(/JPEG, PNG, WebP, AVIF and GIF/),
    });
    // Only the two images the test newsroom starts with.
    expect(db.select().from(media).all()).toHaveLength(2);
    expect(fs.readdirSync(mediaDir)).toEqual([]);
  });

  it("refuses an SVG image", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await expect(
      createMedia(db, newsroom.actors.editor, { bytes: svg }, { mediaDir }),
    ).rejects.toMatchObject({
      status: 415,
    });
  });

  it("refuses a damaged file that only starts like an image", async () => {
    const broken = Buffer.concat([(await photo("png")).subarray(0, 40), Buffer.alloc(200)]);
    await expect(
      createMedia(db, newsroom.actors.editor, { bytes: broken }, { mediaDir }),
    ).rejects.toMatchObject({
      status: 415,
      message: expect.stringMatching(/could not be read/),
    });
  });

  it("keeps one item for the same image uploaded twice", async () => {
    const bytes = await photo("png");
    const first = await createMedia(db, newsroom.actors.editor, { bytes }, { mediaDir });
    const second = await createMedia(db, newsroom.actors.author, { bytes }, { mediaDir });
    expect(second).toMatchObject({ created: false, item: { id: first.item.id } });
  });

  it("makes crops no wider than a small original", () => {
    expect(
      cropRenditions({ hash: "h", width: 800, height: 450 }).map((c) => [
        c.ratio,
        c.width,
        c.height,
      ]),
    ).toEqual([
      ["16x9", 800, 450],
      ["4x3", 600, 450],
      ["1x1", 450, 450],
    ]);
    expect(cropRenditions({ hash: "h", width: 4000, height: 3000 })[0]).toMatchObject({
      width: 1200,
      height: 675,
    });
  });
});

describe("describing an image", () => {
  it("lets the uploader add alt text, after which the image can be a hero", async () => {
    const { item } = await createMedia(
      db,
      newsroom.actors.author,
      { bytes: await photo("png") },
      { mediaDir },
    );
    expect(() =>
      createArticle(db, newsroom.actors.author, {
        values: testArticleValues(newsroom, { heroMediaId: item.id }),
      }),
    ).toThrow(/alt text/);
    updateMediaDetails(db, newsroom.actors.author, {
      mediaId: item.id,
      alt: "Traders at Gikomba market",
      caption: "",
      credit: "Gazeti",
    });
    const row = db.select().from(media).where(eq(media.id, item.id)).get();
    expect(row).toMatchObject({
      alt: "Traders at Gikomba market",
      caption: null,
      credit: "Gazeti",
    });
    expect(
      createArticle(db, newsroom.actors.author, {
        values: testArticleValues(newsroom, { heroMediaId: item.id }),
      }).articleId,
    ).toBeGreaterThan(0);
  });

  it("refuses other people's images to authors, but not to editors", async () => {
    const { item } = await createMedia(
      db,
      newsroom.actors.otherAuthor,
      { bytes: await photo("png") },
      { mediaDir },
    );
    expect(() =>
      updateMediaDetails(db, newsroom.actors.author, { mediaId: item.id, alt: "Mine now" }),
    ).toThrow(PermissionDeniedError);
    expect(
      updateMediaDetails(db, newsroom.actors.editor, { mediaId: item.id, alt: "Edited" }).item.alt,
    ).toBe("Edited");
  });

  it("names the live stories that show the image as their hero for refreshing", () => {
    const values = testArticleValues(newsroom, { heroMediaId: newsroom.media.withAlt });
    const draft = createArticle(db, newsroom.actors.editor, { values });
    const live = createArticle(db, newsroom.actors.editor, { values });
    moveArticle(db, newsroom.actors.editor, "publish", {
      articleId: live.articleId,
      baseVersion: live.version,
      values,
    });
    const { cacheTags } = updateMediaDetails(db, newsroom.actors.editor, {
      mediaId: newsroom.media.withAlt,
      alt: "Better alt",
    });
    expect(cacheTags).toEqual([`article:${live.articleId}`]);
    expect(cacheTags).not.toContain(`article:${draft.articleId}`);
  });
});
