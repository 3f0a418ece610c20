import { renderBodyHtml } from "@/lib/body/render-body-html";
import type { SitePage } from "@/db/queries/get-site-page";

export function SitePageView({ page }: { page: SitePage }) {
  return (
    <article className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">{page.title}</h1>
      <p className="mt-2 text-lg text-muted">{page.summary}</p>
      <div
        className="article-body mt-6"
        // The body renderer escapes all text and allowlists every node, mark and attribute.
        dangerouslySetInnerHTML={{ __html: renderBodyHtml(page.body) }}
      />
    </article>
  );
}
