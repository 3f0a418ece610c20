// Every cache tag name in one place. Cached renders tag what they show (each article id) and
// what they list, so a publish can refresh exactly the affected pages.
export const cacheTags = {
  home: "home",
  nav: "nav",
  pages: "pages",
  feeds: "feeds",
  sitemaps: "sitemaps",
  article: (id: number) => `article:${id}`,
  category: (slug: string) => `category:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  page: (slug: string) => `page:${slug}`,
} as const;
