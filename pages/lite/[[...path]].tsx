import type { GetServerSideProps, PageConfig } from "next";
import { LiteArticle } from "@/components/lite/lite-article";
import { LiteHome } from "@/components/lite/lite-home";
import { LiteLayout } from "@/components/lite/lite-layout";
import { LiteListing } from "@/components/lite/lite-listing";
import { LiteSitePage } from "@/components/lite/lite-site-page";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { LITE_PREFIX } from "@/lib/lite/lite-paths";
import { absoluteUrl, getSiteIdentity } from "@/lib/seo/site-identity";
import { getLitePage, type LiteAnswer } from "@/server/lite/get-lite-page";
import { setLiteCacheHeaders } from "@/server/lite/set-lite-cache-headers";

// The data-saver edition (docs/decisions/0012-lite-edition.md): a Pages Router page, because only
// the Pages Router can leave out Next's runtime; in a production build these pages carry no
// <script> at all. One catch-all route, so that every address under /lite, known or not, is
// answered here: an unknown one gets the lite 404, not the App Router's (which loads its JS).
export const config: PageConfig = { unstable_runtimeJS: false };

type Found = Extract<LiteAnswer, { status: 200 }>;
type Props = { siteName: string; siteUrl: string; found: string | null };

// Dates survive the trip from getServerSideProps to the page (props must be plain JSON).
const DATE_FIELDS = new Set(["publishedAt", "modifiedAt", "updatedAt"]);

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, res }) => {
  const segments = params?.path;
  const path = [LITE_PREFIX, ...(Array.isArray(segments) ? segments : [])].join("/");
  const answer = getLitePage(path);
  if (answer.status === 308) return { redirect: { destination: answer.location, permanent: true } };
  const site = getSiteIdentity();
  const props = { siteName: site.name, siteUrl: site.url };
  if (answer.status === 404) {
    res.statusCode = 404;
    res.setHeader("Cache-Control", "no-store");
    return { props: { ...props, found: null } };
  }
  setLiteCacheHeaders(res, answer.cacheTags);
  return { props: { ...props, found: JSON.stringify(answer) } };
};

export default function LitePage({ siteName, siteUrl, found }: Props) {
  if (found === null) {
    return (
      <LiteLayout siteName={siteName} title="Page not found" canonicalUrl={null} fullPath={null}>
        <NotFoundMessage homePath={LITE_PREFIX} />
      </LiteLayout>
    );
  }
  const answer = JSON.parse(found, (key, value: unknown) =>
    DATE_FIELDS.has(key) && typeof value === "string" ? new Date(value) : value,
  ) as Found;
  const page = answer.page;
  return (
    <LiteLayout
      siteName={siteName}
      title={page.kind === "home" ? answer.title : `${answer.title} | ${siteName}`}
      description={answer.description}
      canonicalUrl={absoluteUrl({ url: siteUrl }, answer.fullPath)}
      fullPath={answer.fullPath}
    >
      {page.kind === "home" ? <LiteHome home={page.home} siteName={siteName} /> : null}
      {page.kind === "article" ? <LiteArticle article={page.article} latest={page.latest} /> : null}
      {page.kind === "listing" ? <LiteListing listing={page.listing} /> : null}
      {page.kind === "site-page" ? <LiteSitePage page={page.page} /> : null}
    </LiteLayout>
  );
}
