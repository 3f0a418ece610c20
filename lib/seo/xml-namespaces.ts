export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
export const CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
export const ATOM_NS = "http://www.w3.org/2005/Atom";
export const MEDIA_NS = "http://search.yahoo.com/mrss/";
export const DC_NS = "http://purl.org/dc/elements/1.1/";
