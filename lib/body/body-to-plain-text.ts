import type { SafeBlock, SafeInline } from "./body-types";
import { walkBody } from "./walk-body";

// The article's own prose for the search index and reading time. Figure captions (image
// captions and credits, pull-quote citations), alt text and embeds are not part of it.
export function bodyToPlainText(doc: unknown): string {
  return blocksText(walkBody(doc));
}

function blocksText(blocks: SafeBlock[]): string {
  return joinNonEmpty(blocks.map(blockText), "\n\n");
}

function blockText(block: SafeBlock): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineText(block.content).trim();
    case "bulletList":
    case "orderedList":
      return joinNonEmpty(
        block.items.map((item) => joinNonEmpty(item.map(blockText), "\n")),
        "\n",
      );
    case "blockquote":
    case "pullQuote":
      return blocksText(block.content);
    case "horizontalRule":
    case "image":
    case "embed":
      return "";
  }
}

function inlineText(content: SafeInline[]): string {
  return content.map((item) => (item.type === "text" ? item.text : "\n")).join("");
}

function joinNonEmpty(parts: string[], separator: string): string {
  return parts.filter((part) => part !== "").join(separator);
}
