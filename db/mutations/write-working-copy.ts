import { eq } from "drizzle-orm";
import { formValuesOf } from "@/lib/articles/form-values-of";
import type { DbExecutor } from "../open-database";
import type { ArticleForWrite } from "../queries/publishing/get-article-for-write";
import { articles, articleWorkingCopies } from "../schema";
import type { ArticleChange, ArticleWriteResult } from "./commit-article-change";
import { recordArticleChange } from "./record-article-change";
import { resolveArticleInput } from "./resolve-article-input";

// A change readers do not see yet (an autosave, a restored revision, a save to a live story):
// the editor's values go to the working copy, the row only gets a new version, and no public
// cache is refreshed. Inside commitArticleChange's transaction.
export function writeWorkingCopy(
  tx: DbExecutor,
  change: ArticleChange,
  current: ArticleForWrite,
): ArticleWriteResult {
  const { actor, now, content } = change;
  const version = current.version + 1;
  const values =
    content?.kind === "values"
      ? content.values
      : content?.kind === "input"
        ? formValuesOf(
            resolveArticleInput(tx, content.input, {
              articleId: current.id,
              current,
              createTags: false,
            }),
          )
        : null;
  if (!values) throw new Error("A working copy needs values");
  tx.insert(articleWorkingCopies)
    .values({
      articleId: current.id,
      data: values,
      baseVersion: version,
      updatedById: actor.id,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: articleWorkingCopies.articleId,
      set: { data: values, baseVersion: version, updatedById: actor.id, updatedAt: now },
    })
    .run();
  tx.update(articles).set({ version, updatedAt: now }).where(eq(articles.id, current.id)).run();
  const revisionId = recordArticleChange(tx, change, {
    articleId: current.id,
    version,
    values,
    details: { title: values.title, version },
  });
  return {
    articleId: current.id,
    version,
    status: current.status,
    path: current.path,
    savedTo: "working-copy",
    revisionId,
    cacheTags: [],
  };
}
