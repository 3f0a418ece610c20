import Link from "next/link";
import type { ReactNode } from "react";
import type { ArticleView as ArticleData } from "@/db/queries/view-types";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { renderBodyHtml } from "@/lib/body/render-body-html";
import { ArticleDateline } from "./article-dateline";
import { Byline } from "./byline";
import { RelatedPosts } from "./related-posts";
import { ShareLinks } from "./share-links";

// `aside` is shown beside the story on wide screens and after it on phones (the "Most read" list).
export function ArticleView({
  article,
  url,
  aside,
}: {
  article: ArticleData;
  url: string;
  aside?: ReactNode;
}) {
  const hero = article.hero;
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li>
            <Link href="/" className="hover:underline">
              Home
            </Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Link
              href={`/${article.category.slug}`}
              className="font-semibold text-brand hover:underline"
            >
              {article.category.name}
            </Link>
          </li>
        </ol>
      </nav>
      <article className="mt-3">
        <header className="max-w-3xl">
          <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl lg:text-5xl">
            {article.title}
          </h1>
          <p className="mt-3 text-lg text-muted sm:text-xl">{article.standfirst}</p>
          <div className="mt-4 space-y-1 border-t border-rule pt-3 text-sm">
            <Byline
              authors={article.authors}
              className="font-semibold"
              linkClassName="text-brand hover:underline"
            />
            <ArticleDateline article={article} className="text-muted" />
          </div>
        </header>
        {hero ? (
          <figure className="mt-6 max-w-4xl">
            <ResponsiveImage
              image={hero}
              sizes="(min-width: 1152px) 896px, 100vw"
              priority
              className="h-auto w-full rounded"
            />
            {hero.caption || hero.credit ? (
              <figcaption className="mt-2 text-sm text-muted">
                {hero.caption}
                {hero.credit ? <span className="ml-1 text-xs uppercase">{hero.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <div className="lg:grid lg:grid-cols-[minmax(0,42rem)_18rem] lg:justify-between lg:gap-10">
          <div className="max-w-2xl">
            <div
              className="article-body mt-6"
              // The body renderer escapes all text and allowlists every node, mark and attribute.
              dangerouslySetInnerHTML={{ __html: renderBodyHtml(article.body) }}
            />
            {article.tags.length > 0 ? (
              <section aria-labelledby="topics-heading" className="mt-8">
                <h2 id="topics-heading" className="text-sm font-bold">
                  Topics
                </h2>
                <ul className="mt-2 flex flex-wrap gap-2 text-sm">
                  {article.tags.map((tag) => (
                    <li key={tag.slug}>
                      <Link
                        href={`/tag/${tag.slug}`}
                        rel="tag"
                        className="inline-block rounded-full bg-wash px-3 py-1 hover:underline"
                      >
                        {tag.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <ShareLinks url={url} title={article.title} />
          </div>
          {aside ? <aside className="mt-10 lg:mt-6">{aside}</aside> : null}
        </div>
      </article>
      <RelatedPosts articles={article.related} />
    </div>
  );
}
