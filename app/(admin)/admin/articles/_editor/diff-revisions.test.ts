import { describe, expect, it } from "vitest";
import { emptyArticleFormValues, type ArticleFormValues } from "@/lib/articles/article-form-values";
import { bodyParagraphs, diffArticleValues, diffParagraphs } from "./diff-revisions";

const names = {
  category: (id: number) => ({ 1: "News", 2: "Sport" })[id] ?? `#${id}`,
  author: (id: number) => ({ 7: "Amina Wekesa", 8: "Brian Otieno" })[id] ?? `#${id}`,
  image: (id: number) => `image ${id}`,
};

function doc(...paragraphs: string[]) {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

function values(overrides: Partial<ArticleFormValues>): ArticleFormValues {
  return { ...emptyArticleFormValues(), ...overrides };
}

describe("the paragraph diff", () => {
  it("marks an inserted, a removed and a rewritten paragraph and keeps the rest in place", () => {
    expect(diffParagraphs(["a", "b", "c", "d"], ["a", "new", "b", "d2", "d"])).toEqual([
      { change: "same", paragraphs: ["a"] },
      { change: "added", paragraphs: ["new"] },
      { change: "same", paragraphs: ["b"] },
      { change: "removed", paragraphs: ["c"] },
      { change: "added", paragraphs: ["d2"] },
      { change: "same", paragraphs: ["d"] },
    ]);
  });

  it("reports nothing changed for identical bodies and everything added for a first version", () => {
    expect(diffParagraphs(["x", "y"], ["x", "y"])).toEqual([
      { change: "same", paragraphs: ["x", "y"] },
    ]);
    expect(diffParagraphs([], ["x"])).toEqual([{ change: "added", paragraphs: ["x"] }]);
  });

  it("reads headings, list items, pull quotes, images and embeds as lines of their own", () => {
    expect(
      bodyParagraphs({
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Why" }] },
          {
            type: "bulletList",
            content: [
              { type: "listItem", content: [doc("one").content[0]] },
              { type: "listItem", content: [doc("two").content[0]] },
            ],
          },
          { type: "pullQuote", attrs: { citation: "A minister" }, content: doc("We will").content },
          { type: "image", attrs: { src: "/media/x.jpg", alt: "A crowd", caption: "Nairobi" } },
          { type: "embed", attrs: { provider: "youtube", url: "https://youtu.be/abcdefghijk" } },
          { type: "script", content: [{ type: "text", text: "alert(1)" }] },
        ],
      }),
    ).toEqual([
      "Heading: Why",
      "• one",
      "• two",
      "Pull quote: We will",
      "Pull quote by A minister",
      "Image: A crowd — Nairobi",
      "YouTube embed: https://youtu.be/abcdefghijk",
    ]);
  });
});

describe("the field-by-field diff", () => {
  it("lists only the fields that changed, with names instead of ids", () => {
    const before = values({
      title: "Budget passes",
      body: doc("First.", "Second."),
      categoryId: 1,
      authorIds: [7],
      tags: ["budget"],
    });
    const after = values({
      title: "Budget passes at night",
      body: doc("First.", "Second, corrected."),
      categoryId: 2,
      authorIds: [7, 8],
      tags: ["budget"],
      breaking: true,
    });
    const diff = diffArticleValues(before, after, names);
    expect(diff.map((change) => change.label)).toEqual([
      "Title",
      "Body",
      "Category",
      "Authors",
      "Breaking",
    ]);
    expect(diff).toContainEqual({
      field: "authorIds",
      label: "Authors",
      kind: "value",
      before: "Amina Wekesa",
      after: "Amina Wekesa, Brian Otieno",
    });
    expect(diff.find((change) => change.field === "body")).toMatchObject({
      runs: [
        { change: "same", paragraphs: ["First."] },
        { change: "removed", paragraphs: ["Second."] },
        { change: "added", paragraphs: ["Second, corrected."] },
      ],
    });
  });

  it("treats the first revision as all new, and an identical one as no change", () => {
    const first = values({ title: "Hello", body: doc("Hi.") });
    expect(diffArticleValues(null, first, names).map((c) => c.field)).toEqual(["title", "body"]);
    expect(diffArticleValues(first, { ...first }, names)).toEqual([]);
  });
});
