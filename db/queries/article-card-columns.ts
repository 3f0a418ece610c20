import { alias } from "drizzle-orm/sqlite-core";
import { articles, categories, media } from "../schema";
import type { ArticleCard, ImageView } from "./view-types";

export const heroMedia = alias(media, "hero_media");

// The columns every listing selects: deliberately without the article body.
export const articleCardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  standfirst: articles.standfirst,
  publishedAt: articles.publishedAt,
  readingMinutes: articles.readingMinutes,
  heroCaption: articles.heroCaption,
  categorySlug: categories.slug,
  categoryName: categories.name,
  heroHash: heroMedia.hash,
  heroWidth: heroMedia.width,
  heroHeight: heroMedia.height,
  heroAlt: heroMedia.alt,
  heroWidths: heroMedia.renditionWidths,
  heroColor: heroMedia.dominantColor,
  heroMediaCaption: heroMedia.caption,
  heroCredit: heroMedia.credit,
};

export type ArticleCardRow = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date | null;
  readingMinutes: number;
  heroCaption: string | null;
  categorySlug: string;
  categoryName: string;
  heroHash: string | null;
  heroWidth: number | null;
  heroHeight: number | null;
  heroAlt: string | null;
  heroWidths: number[] | null;
  heroColor: string | null;
  heroMediaCaption: string | null;
  heroCredit: string | null;
};

export function toArticleCard(row: ArticleCardRow): ArticleCard {
  const hero: ImageView | null =
    row.heroHash && row.heroWidth && row.heroHeight
      ? {
          hash: row.heroHash,
          width: row.heroWidth,
          height: row.heroHeight,
          alt: row.heroAlt ?? "",
          widths: row.heroWidths ?? [],
          color: row.heroColor,
          caption: row.heroCaption ?? row.heroMediaCaption,
          credit: row.heroCredit,
        }
      : null;
  return {
    id: row.id,
    slug: row.slug,
    path: `/${row.categorySlug}/${row.slug}`,
    title: row.title,
    standfirst: row.standfirst,
    category: { slug: row.categorySlug, name: row.categoryName },
    publishedAt: row.publishedAt ?? new Date(0),
    readingMinutes: row.readingMinutes,
    hero,
  };
}
