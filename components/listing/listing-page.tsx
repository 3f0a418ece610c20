import type { ReactNode } from "react";
import type { ArticleCard as ArticleCardData } from "@/db/queries/view-types";
import { ArticleCard } from "./article-card";
import { PaginationNav } from "./pagination-nav";

export function ListingPage({
  title,
  kicker,
  intro,
  items,
  basePath,
  page,
  totalPages,
  showCategory = true,
}: {
  title: string;
  kicker?: string;
  intro?: ReactNode;
  items: ArticleCardData[];
  basePath: string;
  page: number;
  totalPages: number;
  showCategory?: boolean;
}) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <header className="border-b border-rule pb-4">
        {kicker ? (
          <p className="text-xs font-bold tracking-wide text-brand uppercase">{kicker}</p>
        ) : null}
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">
          {title}
          {page > 1 ? <span className="text-muted"> · page {page}</span> : null}
        </h1>
        {intro ? <div className="mt-2 max-w-2xl text-muted">{intro}</div> : null}
      </header>
      {items.length === 0 ? (
        <p className="mt-8 text-muted">No stories here yet.</p>
      ) : (
        <ol className="mt-6 grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((article, index) => (
            <li key={article.id}>
              <ArticleCard
                article={article}
                headingLevel={2}
                showCategory={showCategory}
                priority={index === 0}
              />
            </li>
          ))}
        </ol>
      )}
      <PaginationNav basePath={basePath} page={page} totalPages={totalPages} />
    </div>
  );
}
