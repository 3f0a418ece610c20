import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataSaverLink } from "@/components/lite/data-saver-link";
import { ArticleCard } from "@/components/listing/article-card";
import { MostRead } from "@/components/most-read/most-read";
import { JsonLd } from "@/components/seo/json-ld";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getFooterInfo } from "@/db/queries/get-footer-info";
import { getHomePage } from "@/db/queries/get-home-page";
import { tagRender } from "@/server/cache/tag-render";
import {
  buildOrganizationJsonLd,
  buildWebSiteJsonLd,
  policyPagesFrom,
} from "@/lib/seo/build-organization-json-ld";
import { buildPageMetadata } from "@/lib/seo/build-page-metadata";
import { getSiteIdentity } from "@/lib/seo/site-identity";

// "/" is rewritten here (next.config.ts) so the home page is generated on its first request and
// cached, like every other page, instead of being prerendered by a build that has no database.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export function generateMetadata(): Metadata {
  const site = getSiteIdentity();
  return buildPageMetadata(site, {
    title: `${site.name}: news from Kenya and East Africa`,
    absoluteTitle: true,
    description: site.description,
    path: "/",
    feed: { path: "/feed.xml", title: site.name },
  });
}

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (edition !== "main") notFound();
  const home = getHomePage();
  const shown = [home.lead, ...home.latest, ...home.sections.flatMap((s) => s.articles)];
  await tagRender(
    cacheTags.home,
    ...shown.flatMap((article) => (article ? [cacheTags.article(article.id)] : [])),
  );
  const site = getSiteIdentity();
  const policies = policyPagesFrom(getFooterInfo().pages.map((page) => page.slug));
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <JsonLd data={[buildWebSiteJsonLd(site), buildOrganizationJsonLd(site, policies)]} />
      <h1 className="sr-only">Gazeti: latest news</h1>
      {home.lead ? (
        <div className="grid gap-8 lg:grid-cols-3">
          <section aria-labelledby="top-story" className="lg:col-span-2">
            <h2 id="top-story" className="sr-only">
              Top story
            </h2>
            <ArticleCard article={home.lead} variant="lead" priority />
          </section>
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="border-b-2 border-ink pb-1 text-lg font-bold">
              Latest
            </h2>
            <ol className="mt-3 divide-y divide-rule">
              {home.latest.map((article) => (
                <li key={article.id} className="py-3">
                  <ArticleCard article={article} variant="compact" />
                </li>
              ))}
            </ol>
            <div className="mt-6">
              <MostRead />
            </div>
          </section>
        </div>
      ) : (
        <p className="text-muted">No stories have been published yet.</p>
      )}
      {home.sections.map((section) => (
        <section
          key={section.category.slug}
          aria-labelledby={`section-${section.category.slug}`}
          className="mt-10"
        >
          <div className="flex items-baseline justify-between border-b-2 border-ink pb-1">
            <h2 id={`section-${section.category.slug}`} className="text-xl font-bold">
              <Link href={`/${section.category.slug}`} className="hover:underline">
                {section.category.name}
              </Link>
            </h2>
            <Link href={`/${section.category.slug}`} className="text-sm font-semibold text-brand">
              More {section.category.name}
              <span aria-hidden="true"> ›</span>
            </Link>
          </div>
          <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {section.articles.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} showCategory={false} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <DataSaverLink path="/" className="mt-10 text-sm text-muted" />
    </div>
  );
}
