import type { ReactNode } from "react";
import { BreakingNewsBanner } from "@/components/layout/breaking-news-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getBreakingNews } from "@/db/queries/get-breaking-news";
import { getFooterInfo } from "@/db/queries/get-footer-info";
import { getNavCategories } from "@/db/queries/get-nav-categories";
import { tagRender } from "@/server/cache/tag-render";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  await tagRender(cacheTags.nav, cacheTags.pages);
  const categories = getNavCategories();
  const footer = getFooterInfo();
  // The banner's stories tag every page, so a corrected headline or an unpublish reaches them;
  // its start and end refresh `nav` (lib/cache/article-cache-tags.ts, expireBreakingNews).
  const breaking = getBreakingNews();
  await tagRender(...breaking.map((story) => cacheTags.article(story.id)));
  return (
    <>
      <SiteHeader categories={categories} />
      <BreakingNewsBanner stories={breaking} />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <SiteFooter footer={footer} />
    </>
  );
}
