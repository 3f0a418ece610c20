import { breakingUntil } from "@/lib/articles/breaking-until";
import { createArticleRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import { articleAuthors, articles, articleTags } from "../schema";
import type { ArticleWriteResult } from "./commit-article-change";
import { formValuesOf } from "@/lib/articles/form-values-of";
import { recordAudit } from "./record-audit";
import { recordRevision } from "./record-revision";
import { resolveArticleInput } from "./resolve-article-input";

// A new story, always a draft whoever writes it (publishing is a separate, checked step). The
// slug comes from the title when left empty; new tags are created.
export function createArticle(
  db: GazetiDatabase,
  actor: Actor,
  request: unknown,
  options: { now?: Date } = {},
): ArticleWriteResult {
  assertCan(actor, "article:create");
  const { values } = parseArticleRequest(createArticleRequestSchema, request);
  const now = options.now ?? new Date();
  return db.transaction(
    (tx) => {
      const resolved = resolveArticleInput(tx, values, {
        articleId: null,
        current: null,
        createTags: true,
      });
      const id = tx
        .insert(articles)
        .values({
          slug: resolved.slug,
          title: values.title,
          standfirst: values.standfirst,
          body: values.body,
          status: "draft",
          categoryId: values.categoryId!,
          heroMediaId: values.heroMediaId,
          heroCaption: values.heroCaption,
          readingMinutes: resolved.readingMinutes,
          wordCount: resolved.wordCount,
          featured: values.featured,
          seoTitle: values.seoTitle,
          seoDescription: values.seoDescription,
          breakingUntil: breakingUntil(values.breaking, null, now),
          publishAt: values.publishAt,
          createdById: actor.id,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: articles.id })
        .get().id;
      const tagIds = resolved.tagIds.filter((tagId): tagId is number => tagId !== null);
      if (tagIds.length > 0) {
        tx.insert(articleTags)
          .values(tagIds.map((tagId, position) => ({ articleId: id, tagId, position })))
          .run();
      }
      tx.insert(articleAuthors)
        .values(values.authorIds.map((userId, position) => ({ articleId: id, userId, position })))
        .run();
      const revisionId = recordRevision(tx, {
        articleId: id,
        version: 1,
        kind: "save",
        values: formValuesOf(resolved),
        actorId: actor.id,
        now,
      });
      recordAudit(tx, {
        actorId: actor.id,
        action: "article.created",
        target: { type: "article", id },
        details: { title: values.title },
        at: now,
      });
      return {
        articleId: id,
        version: 1,
        status: "draft",
        path: `/${resolved.categorySlug}/${resolved.slug}`,
        savedTo: "article",
        revisionId,
        cacheTags: [],
      } satisfies ArticleWriteResult;
    },
    { behavior: "immediate" },
  );
}
