import type { SafeBlock, SafeInline, SafeMark } from "@/lib/body/body-types";
import { walkBody } from "@/lib/body/walk-body";

// Tiptap's JSON, as far as the editor's schema goes (see body-extensions.ts).
export type EditorNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};
export type EditorDoc = { type: "doc"; content: EditorNode[] };

// What the editor opens: the stored body as the public renderer sees it (walkBody), written back
// as Tiptap JSON. Whatever the renderer would drop never reaches the editor, so an editor can
// never be shown, or re-save, content that readers would not get; and a stored body that Tiptap's
// schema would reject (an unknown node) cannot stop the editor from opening.
export function editorDocFromBody(body: unknown): EditorDoc {
  const content = walkBody(body).map(blockNode);
  return { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] };
}

function blockNode(block: SafeBlock): EditorNode {
  switch (block.type) {
    case "paragraph":
      return { type: "paragraph", content: inlineNodes(block.content) };
    case "heading":
      return {
        type: "heading",
        attrs: { level: block.level },
        content: inlineNodes(block.content),
      };
    case "bulletList":
      return { type: "bulletList", content: block.items.map(listItem) };
    case "orderedList":
      return {
        type: "orderedList",
        attrs: { start: block.start ?? 1 },
        content: block.items.map(listItem),
      };
    case "blockquote":
      return { type: "blockquote", content: block.content.map(blockNode) };
    case "pullQuote":
      return {
        type: "pullQuote",
        attrs: { citation: block.citation ?? null },
        // The editor's pull quote holds paragraphs only; other blocks keep their text.
        content: paragraphsOf(block.content),
      };
    case "horizontalRule":
      return { type: "horizontalRule" };
    case "image":
      return {
        type: "image",
        attrs: {
          src: block.src,
          alt: block.alt,
          title: block.title ?? null,
          width: block.width ?? null,
          height: block.height ?? null,
          caption: block.caption ?? null,
          credit: block.credit ?? null,
        },
      };
    case "embed":
      return { type: "embed", attrs: { provider: block.provider, url: block.url } };
  }
}

function listItem(blocks: SafeBlock[]): EditorNode {
  const content = blocks.map(blockNode);
  // A list item starts with a paragraph in Tiptap's schema.
  if (content[0]?.type !== "paragraph") content.unshift({ type: "paragraph" });
  return { type: "listItem", content };
}

function paragraphsOf(blocks: SafeBlock[]): EditorNode[] {
  const paragraphs = blocks.flatMap((block): EditorNode[] => {
    if (block.type === "paragraph" || block.type === "heading") {
      return [{ type: "paragraph", content: inlineNodes(block.content) }];
    }
    if (block.type === "blockquote" || block.type === "pullQuote")
      return paragraphsOf(block.content);
    if (block.type === "bulletList" || block.type === "orderedList") {
      return block.items.flatMap(paragraphsOf);
    }
    return [];
  });
  return paragraphs.length > 0 ? paragraphs : [{ type: "paragraph" }];
}

function inlineNodes(content: SafeInline[]): EditorNode[] {
  return content.map((item) => {
    const marks = item.marks.map(markJson);
    const node: EditorNode =
      item.type === "text" ? { type: "text", text: item.text } : { type: "hardBreak" };
    return marks.length > 0 ? { ...node, marks } : node;
  });
}

function markJson(mark: SafeMark): { type: string; attrs?: Record<string, unknown> } {
  return mark.type === "link" ? { type: "link", attrs: { href: mark.href } } : { type: mark.type };
}
