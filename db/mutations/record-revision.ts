import { desc, eq } from "drizzle-orm";
import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import type { DbExecutor } from "../open-database";
import { articleRevisions, type REVISION_KINDS } from "../schema";

export type RevisionKind = (typeof REVISION_KINDS)[number];

// Autosaves by one person within this window fold into one revision holding the latest text,
// so typing for an hour leaves a dozen revisions rather than a hundred.
export const AUTOSAVE_FOLD_MS = 5 * 60_000;

// Keeps a snapshot of the form values. An autosave replaces the previous revision when that was
// an autosave by the same person started less than AUTOSAVE_FOLD_MS ago; anything else (a save,
// someone else's autosave) ends the run. Returns the revision id.
export function recordRevision(
  db: DbExecutor,
  revision: {
    articleId: number;
    version: number;
    kind: RevisionKind;
    values: ArticleFormValues;
    actorId: number | null;
    now: Date;
  },
): number {
  if (revision.kind === "autosave") {
    const last = db
      .select({
        id: articleRevisions.id,
        kind: articleRevisions.kind,
        createdById: articleRevisions.createdById,
        createdAt: articleRevisions.createdAt,
      })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, revision.articleId))
      .orderBy(desc(articleRevisions.id))
      .get();
    if (
      last?.kind === "autosave" &&
      last.createdById === revision.actorId &&
      revision.now.getTime() - last.createdAt.getTime() < AUTOSAVE_FOLD_MS
    ) {
      db.update(articleRevisions)
        .set({ version: revision.version, data: revision.values })
        .where(eq(articleRevisions.id, last.id))
        .run();
      return last.id;
    }
  }
  return db
    .insert(articleRevisions)
    .values({
      articleId: revision.articleId,
      version: revision.version,
      kind: revision.kind,
      data: revision.values,
      createdById: revision.actorId,
      createdAt: revision.now,
    })
    .returning({ id: articleRevisions.id })
    .get().id;
}
