import Link from "next/link";
import type { ArticleCard } from "@/db/queries/view-types";
import { ResponsiveImage } from "@/components/ui/responsive-image";

export function RelatedPosts({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10 border-t-4 border-ink pt-4">
      <h2 id="related-heading" className="font-serif text-2xl font-bold">
        Related Posts
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((article) => (
          <li key={article.id}>
            <article className="flex h-full flex-col gap-2">
              {article.hero ? (
                <ResponsiveImage
                  image={article.hero}
                  sizes="(min-width: 1024px) 300px, (min-width: 640px) 45vw, 100vw"
                  className="aspect-video h-auto w-full rounded object-cover"
                />
              ) : null}
              <h3 className="font-serif text-lg leading-snug font-bold">
                <Link href={article.path} className="hover:underline">
                  {article.title}
                </Link>
              </h3>
              <p className="text-sm text-muted">{article.standfirst}</p>
              <p className="mt-auto text-sm">
                <Link href={article.path} className="font-semibold text-brand hover:underline">
                  Read more<span className="sr-only">: {article.title}</span>
                </Link>
              </p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
