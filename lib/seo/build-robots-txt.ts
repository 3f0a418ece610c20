import { absoluteUrl, type SiteIdentity } from "./site-identity";

// The whole public site is open, search results included: they carry noindex, which a crawler
// can only read on a page it is allowed to fetch. The newsroom and the API are closed.
export function buildRobotsTxt(site: SiteIdentity): string {
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin$",
    "Disallow: /admin/",
    "Disallow: /api/",
    "",
    `Sitemap: ${absoluteUrl(site, "/sitemap.xml")}`,
    `Sitemap: ${absoluteUrl(site, "/news-sitemap.xml")}`,
    "",
  ].join("\n");
}
