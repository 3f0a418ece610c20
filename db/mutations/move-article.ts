import type { z } from "zod";
import type { StaffArticleMove } from "@/lib/articles/article-moves";
import {
  articleMoveRequestSchema,
  autosaveArticleRequestSchema,
  saveArticleRequestSchema,
} from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import type { Actor } from "@/lib/auth/permissions";
import type { GazetiDatabase } from "../open-database";
import {
  commitArticleChange,
  type ArticleChange,
  type ArticleWriteResult,
} from "./commit-article-change";

type RequestKind = "values" | "draft" | "status";

// What each move's request carries: validated form values, whatever the form holds (to the
// working copy), or only the story and its version.
const REQUEST_KIND: Record<StaffArticleMove, RequestKind> = {
  save: "values",
  submit: "values",
  publish: "values",
  schedule: "values",
  update: "values",
  autosave: "draft",
  unpublish: "status",
  trash: "status",
  restore: "status",
};

function contentOf(
  kind: RequestKind,
  request: unknown,
): Pick<ArticleChange, "articleId" | "baseVersion" | "content"> {
  const parse = <T extends z.ZodType>(schema: T) => parseArticleRequest(schema, request);
  switch (kind) {
    case "values": {
      const { articleId, baseVersion, values } = parse(saveArticleRequestSchema);
      return { articleId, baseVersion, content: { kind: "input", input: values } };
    }
    case "draft": {
      const { articleId, baseVersion, values } = parse(autosaveArticleRequestSchema);
      return { articleId, baseVersion, content: { kind: "values", values } };
    }
    case "status": {
      const { articleId, baseVersion } = parse(articleMoveRequestSchema);
      return { articleId, baseVersion: baseVersion ?? null, content: null };
    }
  }
}

// One workflow move by a member of staff (lib/articles/article-moves.ts says which states it
// starts from, who may make it and where it leaves the story): "publish" makes the story live now,
// "save" keeps a live story's changes in its working copy until "update", and so on.
export function moveArticle(
  db: GazetiDatabase,
  actor: Actor,
  move: StaffArticleMove,
  request: unknown,
  options: { now?: Date } = {},
): ArticleWriteResult {
  return commitArticleChange(db, {
    actor,
    move,
    ...contentOf(REQUEST_KIND[move], request),
    now: options.now ?? new Date(),
  });
}
