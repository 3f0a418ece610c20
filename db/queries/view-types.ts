// View models the public pages render: shaped for the page, never raw rows, and listings never
// carry article bodies.

export type ImageView = {
  hash: string;
  width: number;
  height: number;
  alt: string;
  widths: number[];
  color: string | null;
  caption: string | null;
  credit: string | null;
};

export type CategoryRef = { slug: string; name: string };

export type ArticleCard = {
  id: number;
  slug: string;
  path: string;
  title: string;
  standfirst: string;
  category: CategoryRef;
  publishedAt: Date;
  readingMinutes: number;
  hero: ImageView | null;
};

export type AuthorRef = { slug: string; name: string; jobTitle: string | null };

export type TagRef = { slug: string; name: string };

export type ArticleView = ArticleCard & {
  body: unknown;
  modifiedAt: Date | null;
  // The editors' title and description for search results, when they wrote one.
  seoTitle: string | null;
  seoDescription: string | null;
  wordCount: number;
  authors: AuthorRef[];
  tags: TagRef[];
  related: ArticleCard[];
};

export type Listing<T> = {
  items: ArticleCard[];
  page: number;
  totalPages: number;
  total: number;
  subject: T;
};
