import Database from "better-sqlite3";
import { PAGE_SIZE, pageCount, pagePath } from "@/lib/pagination";

export type BenchPages = {
  // The article the load runs on and the ceilings serve: the published story closest to 900
  // words (the page-weight budget's reference length).
  article: { path: string; title: string; words: number };
  category: { slug: string; path: string; deepPage: number; deepPath: string };
  tagPath: string | null;
  authorPath: string | null;
  searchPath: string;
  // Other stories and sections, for uncached renders that no earlier request warmed.
  coldArticles: string[];
  coldCategories: { page1: string; deep: string; deepPage: number }[];
};

const DEEP_PAGE = 50;

export function pickPages(databasePath: string, samples = 5): BenchPages {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    const article = sqlite
      .prepare(
        `select a.id, a.slug, a.title, a.word_count as words, c.slug as category
           from articles a join categories c on c.id = a.category_id
          where a.status = 'published'
          order by abs(a.word_count - 900), a.id desc limit 1`,
      )
      .get() as { id: number; slug: string; title: string; words: number; category: string };
    if (!article) throw new Error(`${databasePath} has no published article`);

    const categories = sqlite
      .prepare(
        `select c.slug, count(*) as total from articles a join categories c on c.id = a.category_id
          where a.status = 'published' group by c.id order by total desc, c.slug`,
      )
      .all() as { slug: string; total: number }[];
    const deepPageOf = (total: number) => Math.min(DEEP_PAGE, pageCount(total, PAGE_SIZE));
    const [main, ...others] = categories;

    const published = sqlite
      .prepare(`select count(*) as n from articles where status = 'published'`)
      .get() as { n: number };
    const stride = Math.max(1, Math.floor(published.n / (samples + 1)));
    const coldArticles = (
      sqlite
        .prepare(
          `select a.slug, c.slug as category from articles a
             join categories c on c.id = a.category_id
            where a.status = 'published' and a.id != ? order by a.id`,
        )
        .all(article.id) as { slug: string; category: string }[]
    )
      .filter((_, index) => index % stride === stride - 1)
      .slice(0, samples)
      .map((row) => `/${row.category}/${row.slug}`);

    const tag = sqlite
      .prepare(
        `select t.slug from article_tags at join tags t on t.id = at.tag_id
          where at.published_at is not null group by t.id order by count(*) desc limit 1`,
      )
      .get() as { slug: string } | undefined;
    const author = sqlite
      .prepare(
        `select u.slug from article_authors aa join users u on u.id = aa.user_id
          where aa.published_at is not null group by u.id order by count(*) desc limit 1`,
      )
      .get() as { slug: string } | undefined;

    // A word from the reference story's headline: a query with real matches.
    const term =
      article.title
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 5)
        .sort((a, b) => b.length - a.length)[0] ?? "news";

    const mainDeep = deepPageOf(main!.total);
    return {
      article: {
        path: `/${article.category}/${article.slug}`,
        title: article.title,
        words: article.words,
      },
      category: {
        slug: main!.slug,
        path: `/${main!.slug}`,
        deepPage: mainDeep,
        deepPath: pagePath(`/${main!.slug}`, mainDeep),
      },
      tagPath: tag ? `/tag/${tag.slug}` : null,
      authorPath: author ? `/author/${author.slug}` : null,
      searchPath: `/search?q=${encodeURIComponent(term.toLowerCase())}`,
      coldArticles,
      coldCategories: others.slice(0, samples).map((category) => {
        const deepPage = deepPageOf(category.total);
        return {
          page1: `/${category.slug}`,
          deep: pagePath(`/${category.slug}`, deepPage),
          deepPage,
        };
      }),
    };
  } finally {
    sqlite.close();
  }
}

export function countPublished(databasePath: string): number {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    return (
      sqlite.prepare(`select count(*) as n from articles where status = 'published'`).get() as {
        n: number;
      }
    ).n;
  } catch {
    return 0;
  } finally {
    sqlite.close();
  }
}
