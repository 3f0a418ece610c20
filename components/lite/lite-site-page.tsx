import type { SitePage } from "@/db/queries/get-site-page";
import { renderBodyHtml } from "@/lib/body/render-body-html";

// About, Contact, Corrections and the other site pages, in the lite edition.
export function LiteSitePage({ page }: { page: SitePage }) {
  return (
    <article>
      <h1>{page.title}</h1>
      <p className="s">{page.summary}</p>
      <div
        // The body renderer escapes all text and allowlists every node, mark and attribute.
        dangerouslySetInnerHTML={{ __html: renderBodyHtml(page.body, { lite: true }) }}
      />
    </article>
  );
}
