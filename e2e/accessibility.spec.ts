// axe-core (WCAG 2.0/2.1 A and AA rules) on each page type, in the light and the dark colour
// scheme: no serious or critical violation is allowed.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import {
  expectNoSeriousA11yViolations,
  findArticlePath,
  NOT_FOUND_HEADING,
  uniqueSlug,
} from "./fixtures";

type PageUnderTest = {
  name: string;
  path: (request: APIRequestContext) => Promise<string> | string;
  status: number;
  ready: (page: Page) => Promise<void>;
};

const PAGES: PageUnderTest[] = [
  {
    name: "the home page",
    path: () => "/",
    status: 200,
    ready: (page) => expect(page.getByRole("heading", { name: "Latest", level: 2 })).toBeVisible(),
  },
  {
    name: "a category page",
    path: () => "/business",
    status: 200,
    ready: (page) => expect(page.getByRole("heading", { level: 1 })).toHaveText("Business"),
  },
  {
    name: "an article",
    path: (request) => findArticlePath(request, "news"),
    status: 200,
    ready: (page) =>
      expect(page.getByRole("heading", { name: "Related Posts", level: 2 })).toBeVisible(),
  },
  {
    name: "a 404 page",
    path: () => `/news/${uniqueSlug("no-such-story")}`,
    status: 404,
    ready: (page) => expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND_HEADING),
  },
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const pageUnderTest of PAGES) {
      test(`${pageUnderTest.name} has no serious or critical axe violations`, async ({
        page,
        request,
      }) => {
        const path = await pageUnderTest.path(request);
        const response = await page.goto(path);
        expect(response?.status()).toBe(pageUnderTest.status);
        await pageUnderTest.ready(page);
        // The scheme really is the one under test (the palette switches on prefers-color-scheme).
        expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
          colorScheme === "dark",
        );
        await expectNoSeriousA11yViolations(
          page,
          `${pageUnderTest.name} (${path}, ${colorScheme})`,
        );
      });
    }
  });
}
