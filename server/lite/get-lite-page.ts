import { getArticleBySlug } from "@/db/queries/get-article-by-slug";
import { getAuthorListing } from "@/db/queries/get-author-listing";
import { getCategoryListing } from "@/db/queries/get-category-listing";
import { getHomePage, type HomePage } from "@/db/queries/get-home-page";
import { getRedirectTarget } from "@/db/queries/get-redirect-target";
import { getSitePage, type SitePage } from "@/db/queries/get-site-page";
import { getTagListing } from "@/db/queries/get-tag-listing";
import type { ArticleCard, ArticleView } from "@/db/queries/view-types";
import { cacheTags } from "@/lib/cache/cache-tags";
import { fullPathOf, hasLiteTwin, litePathOf } from "@/lib/lite/lite-paths";
import { parsePageNumber } from "@/lib/pagination";
import { getSiteIdentity } from "@/lib/seo/site-identity";
import { isAllowedSectionSlug } from "@/lib/slugs/reserved-segments";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";

// A listing as the lite edition shows it: a section, a topic or a journalist.
export type LiteListing = {
  kicker: string | null;
  title: string;
  intro: string | null;
  // A topic or a journalist spans sections, so each story shows its own.
  mixesSections: boolean;
  items: ArticleCard[];
  // The full site's address of the listing's first page.
  basePath: string;
  page: number;
  totalPages: number;
};

export type LitePage =
  | { kind: "home"; home: HomePage }
  | { kind: "article"; article: ArticleView; latest: ArticleCard[] }
  | { kind: "listing"; listing: LiteListing }
  | { kind: "site-page"; page: SitePage };

export type LiteAnswer =
  | {
      status: 200;
      page: LitePage;
      // The full page this is the twin of (its canonical address).
      fullPath: string;
      title: string;
      description: string;
      // The same tags as the full page (lib/cache/cache-tags.ts), so publishing refreshes both.
      cacheTags: string[];
    }
  | { status: 308; location: string }
  | { status: 404 };

const LATEST_IN_SECTION = 5;

// The lite twin of the full page at a lite path, answered from the same queries as the full
// page: 404 where the full site has nothing, 308 where the full site would redirect.
export function getLitePage(litePath: string): LiteAnswer {
  const fullPath = fullPathOf(litePath);
  if (fullPath === null || !hasLiteTwin(fullPath)) return { status: 404 };
  const [first = "", second, third, fourth] = fullPath.split("/").slice(1);
  const found =
    fullPath === "/"
      ? homeAnswer()
      : first === "tag" || first === "author"
        ? subjectAnswer(first, second ?? "", pageOf(third, fourth), fullPath)
        : second === undefined
          ? sectionAnswer(first, 1, fullPath)
          : second === "page"
            ? sectionAnswer(first, pageOf(second, third), fullPath)
            : articleAnswer(first, second, fullPath);
  if (found.status !== 404) return found;
  const moved = getRedirectTarget(fullPath);
  return moved && hasLiteTwin(moved) ? { status: 308, location: litePathOf(moved) } : found;
}

function pageOf(word: string | undefined, number: string | undefined): number {
  return word === "page" && number !== undefined ? (parsePageNumber(number) ?? 0) : 1;
}

function homeAnswer(): LiteAnswer {
  const home = getHomePage();
  const site = getSiteIdentity();
  const shown = [home.lead, ...home.latest, ...home.sections.flatMap((s) => s.articles)];
  return {
    status: 200,
    page: { kind: "home", home },
    fullPath: "/",
    title: `${site.name}: news from Kenya and East Africa`,
    description: site.description,
    cacheTags: [cacheTags.home, ...articleTags(shown)],
  };
}

function articleAnswer(category: string, slug: string, fullPath: string): LiteAnswer {
  if (!isValidSlug(category)) return { status: 404 };
  const article = getArticleBySlug(slug);
  if (!article) return { status: 404 };
  if (article.category.slug !== category) {
    return { status: 308, location: litePathOf(article.path) };
  }
  const related = new Set(article.related.map((story) => story.id));
  const latest = (getCategoryListing(article.category.slug, 1)?.items ?? [])
    .filter((story) => story.id !== article.id && !related.has(story.id))
    .slice(0, LATEST_IN_SECTION);
  return {
    status: 200,
    page: { kind: "article", article, latest },
    fullPath,
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.standfirst,
    cacheTags: [
      ...articleTags([article, ...article.related, ...latest]),
      cacheTags.category(article.category.slug),
    ],
  };
}

function sectionAnswer(slug: string, page: number, fullPath: string): LiteAnswer {
  if (!isAllowedSectionSlug(slug) || page < 1) return { status: 404 };
  // /news/page/1 is not an address of the full site either: it redirects to /news.
  if (page === 1 && fullPath !== `/${slug}`)
    return { status: 308, location: litePathOf(`/${slug}`) };
  const listing = getCategoryListing(slug, page);
  if (listing) {
    const { subject } = listing;
    return listingAnswer(
      {
        ...listing,
        kicker: null,
        title: subject.name,
        intro: subject.description || null,
        mixesSections: false,
      },
      `/${slug}`,
      cacheTags.category(slug),
      fullPath,
    );
  }
  const sitePage = page === 1 ? getSitePage(slug) : null;
  if (!sitePage) return { status: 404 };
  return {
    status: 200,
    page: { kind: "site-page", page: sitePage },
    fullPath,
    title: sitePage.title,
    description: sitePage.summary,
    cacheTags: [cacheTags.pages, cacheTags.page(slug)],
  };
}

function subjectAnswer(
  base: "tag" | "author",
  slug: string,
  page: number,
  fullPath: string,
): LiteAnswer {
  const basePath = `/${base}/${slug}`;
  if (page < 1) return { status: 404 };
  if (page === 1 && fullPath !== basePath) return { status: 308, location: litePathOf(basePath) };
  if (base === "tag") {
    const listing = getTagListing(slug, page);
    if (!listing) return { status: 404 };
    const { subject } = listing;
    return listingAnswer(
      {
        ...listing,
        kicker: "Topic",
        title: subject.name,
        intro: subject.description,
        mixesSections: true,
      },
      basePath,
      cacheTags.tag(slug),
      fullPath,
    );
  }
  const listing = getAuthorListing(slug, page);
  if (!listing) return { status: 404 };
  const { subject } = listing;
  return listingAnswer(
    {
      ...listing,
      kicker: subject.jobTitle ?? "Author",
      title: subject.name,
      intro: page === 1 ? subject.bio : null,
      mixesSections: true,
    },
    basePath,
    cacheTags.author(slug),
    fullPath,
  );
}

function listingAnswer(
  listing: Omit<LiteListing, "basePath">,
  basePath: string,
  subjectTag: string,
  fullPath: string,
): LiteAnswer {
  const title = listing.page > 1 ? `${listing.title} (page ${listing.page})` : listing.title;
  return {
    status: 200,
    page: {
      kind: "listing",
      listing: {
        kicker: listing.kicker,
        title: listing.title,
        intro: listing.intro,
        mixesSections: listing.mixesSections,
        items: listing.items,
        basePath,
        page: listing.page,
        totalPages: listing.totalPages,
      },
    },
    fullPath,
    title,
    description: listing.intro ?? `${listing.title} on ${getSiteIdentity().name}.`,
    cacheTags: [subjectTag, ...articleTags(listing.items)],
  };
}

function articleTags(stories: (ArticleCard | null)[]): string[] {
  return [...new Set(stories.flatMap((story) => (story ? [cacheTags.article(story.id)] : [])))];
}
