import { getConfig, type Config } from "@/lib/config";

// Who the site says it is to search engines and feed readers. Built from the run-time
// configuration, never from a request's Host or X-Forwarded-Host, so a forged header cannot
// change a canonical URL.
export type SiteIdentity = {
  url: string;
  name: string;
  description: string;
  // BCP 47 tag of the pages (<html lang>, inLanguage).
  language: string;
  // ISO 639 code the Google News sitemap accepts ("en", not "en-KE").
  newsLanguage: string;
  logo: { url: string; width: number; height: number };
};

export const SITE_DESCRIPTION = "Independent news from Kenya and East Africa.";

// A raster copy of public/logo-mark.svg: Google wants a PNG or JPEG of at least 112 px.
export const PUBLISHER_LOGO = { path: "/publisher-logo.png", width: 512, height: 512 } as const;

export function getSiteIdentity(config: Pick<Config, "siteUrl" | "siteName"> = getConfig()) {
  const identity: SiteIdentity = {
    url: config.siteUrl,
    name: config.siteName,
    description: SITE_DESCRIPTION,
    language: "en-KE",
    newsLanguage: "en",
    logo: {
      url: `${config.siteUrl}${PUBLISHER_LOGO.path}`,
      width: PUBLISHER_LOGO.width,
      height: PUBLISHER_LOGO.height,
    },
  };
  return identity;
}

export function absoluteUrl(site: Pick<SiteIdentity, "url">, path: string): string {
  return path === "/" ? `${site.url}/` : `${site.url}${path}`;
}
