// Images on a phone: the first image a page shows is fetched first and never lazily, every image
// below the fold waits until it is scrolled to, and every image has its dimensions, so nothing
// shifts while it loads. Renditions come as AVIF, then WebP, then JPEG.
import { expect, test, type Page } from "@playwright/test";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

type ImageFacts = {
  src: string;
  top: number;
  loading: string | null;
  fetchPriority: string | null;
  width: string | null;
  height: string | null;
  sources: string[];
};

async function imagesOn(page: Page, path: string): Promise<ImageFacts[]> {
  await page.goto(path);
  // Pictures only: the view beacon (components/most-read) is a 1×1 counter, not an image to show.
  return page.locator("main picture img").evaluateAll((images) =>
    images.map((element) => {
      const image = element as HTMLImageElement;
      return {
        src: image.getAttribute("src") ?? "",
        top: image.getBoundingClientRect().top + window.scrollY,
        loading: image.getAttribute("loading"),
        fetchPriority: image.getAttribute("fetchpriority"),
        width: image.getAttribute("width"),
        height: image.getAttribute("height"),
        sources: [...(image.parentElement?.querySelectorAll("source") ?? [])].map(
          (source) => source.getAttribute("type") ?? "",
        ),
      };
    }),
  );
}

async function firstArticlePath(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page
    .locator('main a[href^="/"]')
    .evaluateAll((links) =>
      links
        .map((link) => link.getAttribute("href") ?? "")
        .find((href) => /^\/[a-z0-9-]+\/[a-z0-9-]+$/.test(href) && !/^\/(tag|author)\//.test(href)),
    );
  expect(href, "a story linked from the home page").toBeTruthy();
  return href!;
}

for (const pageType of ["home", "article", "category"] as const) {
  test(`the ${pageType} page prioritises its first image and lazy-loads the rest`, async ({
    page,
  }) => {
    const article = await firstArticlePath(page);
    const path = { home: "/", article, category: `/${article.split("/")[1]}` }[pageType];
    const images = await imagesOn(page, path);
    expect(images.length, `images on ${path}`).toBeGreaterThan(0);
    const fold = page.viewportSize()!.height;
    const [first, ...rest] = images;
    expect(first!.fetchPriority, `first image on ${path}`).toBe("high");
    expect(first!.loading, `first image on ${path}`).not.toBe("lazy");
    for (const image of rest) {
      expect(image.fetchPriority, `${image.src} on ${path}`).not.toBe("high");
      if (image.top > fold) expect(image.loading, `${image.src} below the fold`).toBe("lazy");
    }
    for (const image of images) {
      expect(Number(image.width), `${image.src} width`).toBeGreaterThan(0);
      expect(Number(image.height), `${image.src} height`).toBeGreaterThan(0);
      expect(image.sources, `${image.src} formats`).toEqual(["image/avif", "image/webp"]);
    }
  });
}
