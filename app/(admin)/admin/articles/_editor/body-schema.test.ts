import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { walkBody } from "@/lib/body/walk-body";
import { bodyExtensions } from "./body-extensions";
import { editorDocFromBody } from "./editor-doc";

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });

// One of everything the body format has.
const EVERYTHING = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 3 }, content: [text("A heading")] },
    paragraph(
      text("bold", [{ type: "bold" }]),
      text(" italic", [{ type: "italic" }]),
      text(" struck", [{ type: "strike" }]),
      text(" code", [{ type: "code" }]),
      text(" H"),
      text("2", [{ type: "subscript" }]),
      text("O m"),
      text("2", [{ type: "superscript" }]),
      { type: "hardBreak" },
      text("a link", [{ type: "link", attrs: { href: "https://nation.africa/" } }]),
    ),
    { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("dot"))] }] },
    {
      type: "orderedList",
      attrs: { start: 3 },
      content: [{ type: "listItem", content: [paragraph(text("three"))] }],
    },
    { type: "blockquote", content: [paragraph(text("quoted"))] },
    { type: "pullQuote", attrs: { citation: "A minister" }, content: [paragraph(text("Pulled"))] },
    { type: "horizontalRule" },
    {
      type: "image",
      attrs: {
        src: "/media/aaaaaaaaaaaaaaaaaaaaaaaa-1280.jpg",
        alt: "Traders at Gikomba",
        width: 1280,
        height: 720,
        caption: "Gikomba market",
        credit: "Gazeti",
      },
    },
    {
      type: "embed",
      attrs: { provider: "youtube", url: "https://www.youtube.com/watch?v=abcdefghijk" },
    },
    { type: "embed", attrs: { provider: "x", url: "https://x.com/someone/status/123" } },
  ],
};

const RENDERED_NODES = [
  "doc",
  "text",
  "paragraph",
  "heading",
  "hardBreak",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "pullQuote",
  "horizontalRule",
  "image",
  "embed",
];
const RENDERED_MARKS = ["bold", "italic", "strike", "code", "subscript", "superscript", "link"];

describe("the editor's schema", () => {
  const schema = getSchema(bodyExtensions());

  it("has only nodes and marks the public renderer knows", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...RENDERED_NODES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...RENDERED_MARKS].sort());
  });

  it("opens every kind of stored content and saves it back as the renderer reads it", () => {
    const node = schema.nodeFromJSON(editorDocFromBody(EVERYTHING));
    node.check();
    const saved = node.toJSON() as unknown;
    expect(walkBody(saved)).toEqual(walkBody(EVERYTHING));
    expect(walkBody(saved)).toHaveLength(EVERYTHING.content.length);
  });
});
