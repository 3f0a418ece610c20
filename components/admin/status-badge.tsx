import type { ArticleStatus } from "@/lib/articles/article-statuses";

const LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
  trashed: "In trash",
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span className="inline-block rounded border border-rule px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap">
      {LABELS[status]}
    </span>
  );
}
