import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleStateError } from "@/lib/articles/article-errors";
import {
  ARTICLE_MOVE_NAMES,
  ARTICLE_MOVES,
  isMoveOpen,
  statusAfterMove,
  type ArticleMove,
  type ArticleMoveRule,
} from "@/lib/articles/article-moves";
import { ARTICLE_STATUSES, type ArticleStatus } from "@/lib/articles/article-statuses";
import { saveArticleRequestSchema } from "@/lib/articles/article-request-schemas";
import { parseArticleRequest } from "@/lib/articles/parse-article-request";
import { toNairobiLocalTime } from "@/lib/articles/to-nairobi-local-time";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import {
  articlePermissions,
  SCHEDULER,
  type Actor,
  type SystemActor,
} from "@/lib/auth/permissions";
import {
  EDITOR_INTENTS,
  editorIntents,
  INTENT_MOVES,
} from "@/app/(admin)/admin/articles/_editor/editor-intents";
import { articleRevisions, articles } from "@/db/schema";
import {
  createTestNewsroom,
  testArticleValues,
  type TestNewsroom,
} from "@/db/test/create-test-newsroom";
import { insertTestArticle, TEST_NOW } from "@/db/test/insert-test-article";
import { commitArticleChange } from "@/db/mutations/commit-article-change";
import { moveArticle } from "@/db/mutations/move-article";
import { restoreRevision } from "@/db/mutations/restore-revision";

// Every role, on its own stories and on someone else's, in every state, tries every move, through
// the mutations and through the editor's buttons: both must do what the one table of moves
// (lib/articles/article-moves.ts) and the role rules (lib/auth/permissions.ts) say.
const NOW = new Date(TEST_NOW.getTime() + 3_600_000);

let newsroom: TestNewsroom;
beforeAll(() => {
  newsroom = createTestNewsroom();
});
afterAll(() => newsroom.cleanup());

type Actors = TestNewsroom["actors"];
type Case = {
  name: string;
  actor: (actors: Actors) => Actor | SystemActor;
  owner: (actors: Actors) => Actor;
};

const CASES: Case[] = [
  { name: "an administrator", actor: (a) => a.administrator, owner: (a) => a.author },
  { name: "an editor", actor: (a) => a.editor, owner: (a) => a.author },
  { name: "an author, on their own story", actor: (a) => a.author, owner: (a) => a.author },
  { name: "an author, on someone else's", actor: (a) => a.author, owner: (a) => a.otherAuthor },
  {
    name: "a contributor, on their own story",
    actor: (a) => a.contributor,
    owner: (a) => a.contributor,
  },
  { name: "a contributor, on someone else's", actor: (a) => a.contributor, owner: (a) => a.author },
  { name: "the scheduler", actor: () => SCHEDULER, owner: (a) => a.author },
];

let storyNumber = 0;

// A story in `status`, bylined to `ownerId`, as the workflow would have left it.
function storyIn(status: ArticleStatus, ownerId: number): number {
  storyNumber += 1;
  const { db, categories } = newsroom;
  const id = insertTestArticle(db, {
    slug: `story-${storyNumber}`,
    categoryId: categories.news,
    status,
    authorIds: [ownerId],
  });
  if (status === "scheduled") {
    db.update(articles).set({ publishAt: TEST_NOW }).where(eq(articles.id, id)).run();
  }
  if (status === "trashed") {
    db.update(articles)
      .set({ trashedAt: TEST_NOW, statusBeforeTrash: "published" })
      .where(eq(articles.id, id))
      .run();
  }
  return id;
}

function request(articleId: number, ownerId: number) {
  const version = newsroom.db.select().from(articles).where(eq(articles.id, articleId)).get()!;
  const values = testArticleValues(newsroom, {
    title: `Story number ${storyNumber}`,
    authorIds: [ownerId],
    publishAt: toNairobiLocalTime(new Date(NOW.getTime() + 86_400_000)),
  });
  return { articleId, baseVersion: version.version, values };
}

// The move made as its caller makes it: staff through moveArticle or restoreRevision, the
// scheduler (or anyone trying its move) through the one path directly.
function attempt(
  actor: Actor | SystemActor,
  move: ArticleMove,
  articleId: number,
  ownerId: number,
) {
  const { db } = newsroom;
  const req = request(articleId, ownerId);
  if (actor.role !== "system" && move !== "publish-due" && move !== "restore-revision") {
    return moveArticle(db, actor, move, req, { now: NOW });
  }
  if (actor.role !== "system" && move === "restore-revision") {
    const revisionId = db
      .insert(articleRevisions)
      .values({
        articleId,
        version: req.baseVersion,
        kind: "save",
        data: req.values,
        createdById: actor.id,
        createdAt: TEST_NOW,
      })
      .returning({ id: articleRevisions.id })
      .get().id;
    return restoreRevision(db, actor, { ...req, revisionId }, { now: NOW });
  }
  const { values } = parseArticleRequest(saveArticleRequestSchema, req);
  const carriesValues = !["publish-due", "unpublish", "trash", "restore"].includes(move);
  return commitArticleChange(db, {
    actor,
    articleId,
    baseVersion: req.baseVersion,
    move,
    content: carriesValues ? { kind: "input", input: values } : null,
    now: NOW,
  });
}

describe("the moves of the workflow", () => {
  for (const { name, actor: actorOf, owner: ownerOf } of CASES) {
    it(`are open to ${name} exactly where the table says, in the mutations and the editor alike`, () => {
      const actor = actorOf(newsroom.actors);
      const owner = ownerOf(newsroom.actors).id;
      const report: string[] = [];
      for (const status of ARTICLE_STATUSES) {
        const allowed = articlePermissions(actor, { status, ownerIds: [owner] });
        const shown = actor.role === "system" ? [] : editorIntents(status, allowed);
        for (const move of ARTICLE_MOVE_NAMES) {
          const open = isMoveOpen(move, status, allowed);
          const id = storyIn(status, owner);
          const before = newsroom.db.select().from(articles).where(eq(articles.id, id)).get()!;
          let outcome: string;
          try {
            const result = attempt(actor, move, id, owner);
            const expected = statusAfterMove(move, before);
            outcome = result.status === expected ? "done" : `left it ${result.status}`;
          } catch (error) {
            if (error instanceof PermissionDeniedError) outcome = "forbidden";
            else if (error instanceof ArticleStateError) outcome = "refused";
            else throw error;
          }
          if ((outcome === "done") !== open) {
            report.push(
              `${move} from ${status}: ${outcome}, but the table says ${open ? "open" : "closed"}`,
            );
          }
          for (const intent of EDITOR_INTENTS.filter((each) => INTENT_MOVES[each] === move)) {
            const { offeredUnless }: ArticleMoveRule = ARTICLE_MOVES[move];
            const expectShown = open && !(offeredUnless && allowed[offeredUnless]);
            if (shown.includes(intent) !== expectShown) {
              report.push(
                `the ${intent} button on a ${status} story: ${shown.includes(intent) ? "shown" : "hidden"}`,
              );
            }
            if (shown.includes(intent) && outcome !== "done") {
              report.push(`the ${intent} button on a ${status} story is shown but ${outcome}`);
            }
          }
        }
      }
      expect(report).toEqual([]);
    });
  }

  it("leave a story the move refuses exactly as it was", () => {
    const { author, editor } = newsroom.actors;
    const id = storyIn("trashed", author.id);
    const before = newsroom.db.select().from(articles).where(eq(articles.id, id)).get();
    expect(() => attempt(editor, "publish", id, author.id)).toThrow(ArticleStateError);
    expect(newsroom.db.select().from(articles).where(eq(articles.id, id)).get()).toEqual(before);
  });

  it("offer no button that acts on a stored story before the story is saved", () => {
    const { editor } = newsroom.actors;
    const allowed = articlePermissions(editor, { status: "draft", ownerIds: [editor.id] });
    expect(editorIntents(null, allowed)).toEqual(["save", "preview", "publish", "schedule"]);
  });
});
