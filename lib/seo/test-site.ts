import type { SiteIdentity } from "./site-identity";
import { getSiteIdentity } from "./site-identity";

// The identity unit tests build with: a fixed public address, never the machine's.
export const TEST_SITE: SiteIdentity = getSiteIdentity({
  siteUrl: "https://gazeti.example",
  siteName: "Gazeti",
});
