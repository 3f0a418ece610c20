import type { BodyNode } from "@/lib/body/body-types";
import type { SeedBodyBlock } from "./seed-types";

// *italic* and **bold** inside a paragraph become Tiptap marks.
function inline(text: string): BodyNode[] {
  const nodes: BodyNode[] = [];
  const pattern = /(\*\*[^*]+\*\*|\*[^*]+\*)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: "text", text: text.slice(last, index) });
    const token = match[0];
    const bold = token.startsWith("**");
    nodes.push({
      type: "text",
      text: bold ? token.slice(2, -2) : token.slice(1, -1),
      marks: [{ type: bold ? "bold" : "italic" }],
    });
    last = index + token.length;
  }
  if (last < text.length) nodes.push({ type: "text", text: text.slice(last) });
  return nodes;
}

const paragraph = (text: string): BodyNode => ({ type: "paragraph", content: inline(text) });

export function blocksToBody(blocks: SeedBodyBlock[]): BodyNode {
  return {
    type: "doc",
    content: blocks.map((block): BodyNode => {
      if (typeof block === "string") return paragraph(block);
      if ("h2" in block) {
        return { type: "heading", attrs: { level: 2 }, content: inline(block.h2) };
      }
      if ("quote" in block) {
        return {
          type: "pullQuote",
          attrs: { citation: block.by },
          content: [paragraph(block.quote)],
        };
      }
      return {
        type: "bulletList",
        content: block.list.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
      };
    }),
  };
}
