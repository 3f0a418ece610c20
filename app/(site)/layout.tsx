import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { cacheTags } from "@/db/cache-tags";
import { getFooterInfo } from "@/db/queries/get-footer-info";
import { getNavCategories } from "@/db/queries/get-nav-categories";
import { tagRender } from "@/lib/cache/tag-render";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  await tagRender(cacheTags.nav, cacheTags.pages);
  const categories = getNavCategories();
  const footer = getFooterInfo();
  return (
    <>
      <SiteHeader categories={categories} />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <SiteFooter footer={footer} />
    </>
  );
}
