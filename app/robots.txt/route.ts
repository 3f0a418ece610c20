import { buildRobotsTxt } from "@/lib/seo/build-robots-txt";
import {
  conditionalResponse,
  TEXT_CONTENT_TYPE,
  toCachedDocument,
} from "@/server/seo/conditional-response";
import { getSiteIdentity } from "@/lib/seo/site-identity";

// Built per request from the run-time SITE_URL (never at build time): it costs no query.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const doc = toCachedDocument(buildRobotsTxt(getSiteIdentity()), null);
  return conditionalResponse(request, doc, TEXT_CONTENT_TYPE);
}
