import { describe, expect, it } from "vitest";
import { articlePermissions, type Actor } from "@/lib/auth/permissions";
import type { ArticleStatus } from "@/lib/articles/article-statuses";
import { editorIntents } from "./editor-intents";

function allowedFor(actor: Actor, status: ArticleStatus, own = true) {
  return articlePermissions(actor, { status, ownerIds: own ? [actor.id] : [99] });
}

const editor: Actor = { id: 1, role: "editor" };
const contributor: Actor = { id: 2, role: "contributor" };

describe("the editor's buttons", () => {
  it("offer an editor Save draft, Preview, Publish, Schedule and Move to trash on a draft", () => {
    expect(editorIntents("draft", allowedFor(editor, "draft"))).toEqual([
      "save",
      "preview",
      "publish",
      "schedule",
      "trash",
    ]);
  });

  it("offer Update and Unpublish, not Publish, on a published story", () => {
    expect(editorIntents("published", allowedFor(editor, "published"))).toEqual([
      "save",
      "preview",
      "update",
      "unpublish",
      "trash",
    ]);
  });

  it("let a contributor submit their draft for review but never publish or schedule it", () => {
    const intents = editorIntents("draft", allowedFor(contributor, "draft"));
    expect(intents).toEqual(["save", "preview", "submit", "trash"]);
    expect(editorIntents(null, allowedFor(contributor, "draft"))).toEqual([
      "save",
      "preview",
      "submit",
    ]);
  });

  it("offer nothing but the trash's own restore for a trashed story", () => {
    expect(editorIntents("trashed", allowedFor(editor, "trashed"))).toEqual([]);
  });

  it("leave a contributor's published story alone", () => {
    expect(editorIntents("published", allowedFor(contributor, "published"))).toEqual([]);
  });
});
