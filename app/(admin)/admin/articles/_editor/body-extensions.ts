import { Mark, Node, mergeAttributes, type Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { isAllowedLinkHref } from "./link-href";
import { parseEmbedUrl } from "./parse-embed-url";

// The editor's schema is the body format's (lib/body/walk-body.ts): the same node, mark and
// attribute names, and nothing the public renderer would drop. Code blocks and underline, which
// it does not render, are left out of the starter kit.

// A pull quote: paragraphs set apart, with an optional citation (`attrs.citation`).
export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "paragraph+",
  defining: true,
  addAttributes() {
    return {
      citation: {
        default: null,
        parseHTML: (element) =>
          element.getAttribute("data-citation") ??
          element.querySelector("figcaption")?.textContent ??
          null,
        renderHTML: (attributes) =>
          attributes.citation ? { "data-citation": String(attributes.citation) } : {},
      },
    };
  },
  parseHTML() {
    return [{ tag: "figure.pull-quote", contentElement: "blockquote" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const citation = typeof node.attrs.citation === "string" ? node.attrs.citation : "";
    return [
      "figure",
      mergeAttributes(HTMLAttributes, { class: "pull-quote" }),
      ["blockquote", 0],
      ["figcaption", { contenteditable: "false" }, citation ? `— ${citation}` : "Pull quote"],
    ];
  },
});

// A YouTube video or an X post by address (`attrs.provider`, `attrs.url`); readers get a plain
// link card, nothing loads from those sites until they follow it.
export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      provider: { default: null, renderHTML: () => ({}) },
      url: { default: null, renderHTML: () => ({}) },
    };
  },
  parseHTML() {
    return [
      {
        tag: "figure[data-embed-url]",
        getAttrs: (element) => parseEmbedUrl(element.getAttribute("data-embed-url") ?? "") ?? false,
      },
    ];
  },
  renderHTML({ node }) {
    const provider = node.attrs.provider === "x" ? "x" : "youtube";
    const url = String(node.attrs.url ?? "");
    return [
      "figure",
      { class: `embed embed-${provider}`, "data-embed-url": url },
      ["p", {}, `${provider === "x" ? "X post" : "YouTube video"}: ${url}`],
    ];
  },
});

// An image from the media library with its alt text, caption and credit copied in (`attrs.src`
// is one of its renditions under /media/). Only library images are read from pasted HTML.
export const BodyImage = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    const plain = { renderHTML: () => ({}) };
    return {
      src: { default: null, ...plain },
      alt: { default: "", ...plain },
      title: { default: null, ...plain },
      width: { default: null, ...plain },
      height: { default: null, ...plain },
      caption: { default: null, ...plain },
      credit: { default: null, ...plain },
    };
  },
  parseHTML() {
    return [
      {
        tag: "figure[data-body-image]",
        getAttrs: (element) => {
          const image = element.querySelector("img");
          const src = image?.getAttribute("src") ?? "";
          if (!src.startsWith("/media/")) return false;
          const number = (name: string) => Number(image?.getAttribute(name)) || null;
          return {
            src,
            alt: image?.getAttribute("alt") ?? "",
            width: number("width"),
            height: number("height"),
            caption: element.getAttribute("data-caption"),
            credit: element.getAttribute("data-credit"),
          };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const { src, alt, width, height, caption, credit } = node.attrs as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === "string" ? value : "");
    const figcaption = [text(caption), text(credit)].filter(Boolean).join(" · ");
    return [
      "figure",
      {
        "data-body-image": "",
        ...(caption ? { "data-caption": text(caption) } : {}),
        ...(credit ? { "data-credit": text(credit) } : {}),
      },
      [
        "img",
        {
          src: text(src),
          alt: text(alt),
          ...(width ? { width: String(width) } : {}),
          ...(height ? { height: String(height) } : {}),
          draggable: "false",
        },
      ],
      ["figcaption", {}, figcaption || (text(alt) ? "No caption" : "No alt text: add it below")],
    ];
  },
});

function simpleMark(name: "subscript" | "superscript", tag: "sub" | "sup") {
  return Mark.create({
    name,
    parseHTML: () => [{ tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes), 0],
  });
}

export function bodyExtensions(): Extensions {
  return [
    StarterKit.configure({
      codeBlock: false,
      underline: false,
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        isAllowedUri: (url) => isAllowedLinkHref(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    PullQuote,
    Embed,
    BodyImage,
    simpleMark("subscript", "sub"),
    simpleMark("superscript", "sup"),
  ];
}
