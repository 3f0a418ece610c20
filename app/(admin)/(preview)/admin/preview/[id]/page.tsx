import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/status-badge";
import { ArticleView } from "@/components/article/article-view";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getArticlePreview, type ArticlePreview } from "@/db/queries/editor/get-article-preview";
import { getFooterInfo } from "@/db/queries/get-footer-info";
import { getNavCategories } from "@/db/queries/get-nav-categories";
import { ArticleNotFoundError } from "@/lib/articles/article-errors";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { requireStaff } from "@/server/auth/require-staff";
import { absoluteUrl, getSiteIdentity } from "@/lib/seo/site-identity";

// A draft in the public layout, for staff only: rendered per request (it reads the session),
// never cached or indexed (the proxy adds no-store and X-Robots-Tag to everything under /admin).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Preview",
  robots: { index: false, follow: false, nocache: true },
};

type Props = { params: Promise<{ id: string }> };

export default async function PreviewPage({ params }: Props) {
  const { actor } = await requireStaff();
  const { id } = await params;
  if (!/^[1-9]\d{0,15}$/.test(id)) notFound();
  let preview: ArticlePreview;
  try {
    preview = getArticlePreview(actor, Number(id));
  } catch (error) {
    if (error instanceof ArticleNotFoundError) notFound();
    if (error instanceof PermissionDeniedError) forbidden();
    throw error;
  }
  const { article } = preview;
  return (
    <>
      <div role="note" className="border-b-4 border-brand bg-wash">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm">
          <p className="font-bold">
            Preview: readers cannot see this version{preview.livePath ? " yet" : ""}.
          </p>
          <StatusBadge status={preview.status} />
          {preview.source === "working-copy" ? (
            <span className="text-muted">Showing unsaved-to-readers changes.</span>
          ) : null}
          <Link
            href={`/admin/articles/${article.id}`}
            className="ml-auto inline-flex min-h-11 items-center font-semibold text-brand underline"
          >
            Back to the editor
          </Link>
        </div>
      </div>
      <SiteHeader categories={getNavCategories()} />
      <main id="main" tabIndex={-1} className="outline-none">
        <ArticleView article={article} url={absoluteUrl(getSiteIdentity(), article.path)} />
      </main>
      <SiteFooter footer={getFooterInfo()} />
    </>
  );
}
