import type { ArticleMove } from "@/lib/articles/article-moves";
import type { AuditAction } from "./record-audit";
import type { RevisionKind } from "./record-revision";

export type ArticleMoveStorage = {
  // Where the editor's values go: the article row, the working copy, or the row unless the story
  // is live (its changes then wait in the working copy for Update).
  target: "row" | "working-copy" | "row-unless-published";
  revisionKind: RevisionKind | null;
  audit: AuditAction | null;
};

// What each workflow move (lib/articles/article-moves.ts) writes besides the status.
export const ARTICLE_MOVE_STORAGE: Record<ArticleMove, ArticleMoveStorage> = {
  save: { target: "row-unless-published", revisionKind: "save", audit: null },
  autosave: { target: "working-copy", revisionKind: "autosave", audit: null },
  "restore-revision": {
    target: "working-copy",
    revisionKind: "restore",
    audit: "article.revision_restored",
  },
  submit: { target: "row", revisionKind: "save", audit: "article.submitted" },
  publish: { target: "row", revisionKind: "publish", audit: "article.published" },
  schedule: { target: "row", revisionKind: "save", audit: "article.scheduled" },
  update: { target: "row", revisionKind: "update", audit: "article.updated" },
  unpublish: { target: "row", revisionKind: null, audit: "article.unpublished" },
  trash: { target: "row", revisionKind: null, audit: "article.trashed" },
  restore: { target: "row", revisionKind: null, audit: "article.restored" },
  "publish-due": { target: "row", revisionKind: "publish", audit: "article.published" },
};
