import { liteHrefOf } from "@/lib/lite/lite-paths";
import type { SafeBlock, SafeInline, SafeMark } from "./body-types";
import { walkBody } from "./walk-body";

const MARK_TAGS: Record<Exclude<SafeMark["type"], "link">, string> = {
  bold: "strong",
  italic: "em",
  strike: "s",
  subscript: "sub",
  superscript: "sup",
  code: "code",
};

const EMBED_LABELS: Record<"youtube" | "x", string> = {
  youtube: "Watch on YouTube",
  x: "View on X",
};

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

type ResolvePath = (path: string) => string;

type Render = { resolve: ResolvePath; lite: boolean };

// linkBase makes root-relative links and /media/ images absolute, for places read off-site such as
// an RSS reader; pages leave it out and keep paths relative. `lite` is the data-saver edition's
// body: links to the site go to their lite twins, and images become links that load them only
// when the reader asks (docs/decisions/0012-lite-edition.md).
export function renderBodyHtml(
  doc: unknown,
  options: { linkBase?: string; lite?: boolean } = {},
): string {
  const resolvePath = pathResolver(options.linkBase);
  const lite = options.lite === true;
  const render = {
    resolve: lite ? (path: string) => resolvePath(liteHrefOf(path)) : resolvePath,
    lite,
  };
  return walkBody(doc)
    .map((block) => blockHtml(block, render))
    .join("");
}

function blockHtml(block: SafeBlock, render: Render): string {
  const resolve = render.resolve;
  switch (block.type) {
    case "paragraph":
      return `<p>${inlineHtml(block.content, resolve)}</p>`;
    case "heading":
      return `<h${block.level}>${inlineHtml(block.content, resolve)}</h${block.level}>`;
    case "bulletList":
      return `<ul>${itemsHtml(block.items, render)}</ul>`;
    case "orderedList": {
      const start = block.start === undefined ? "" : ` start="${block.start}"`;
      return `<ol${start}>${itemsHtml(block.items, render)}</ol>`;
    }
    case "blockquote":
      return `<blockquote>${blocksHtml(block.content, render)}</blockquote>`;
    case "pullQuote": {
      const citation =
        block.citation === undefined
          ? ""
          : `<figcaption>${escapeHtml(block.citation)}</figcaption>`;
      return `<figure class="pull-quote"><blockquote>${blocksHtml(block.content, render)}</blockquote>${citation}</figure>`;
    }
    case "horizontalRule":
      return "<hr>";
    case "image":
      return render.lite ? imageLinkHtml(block, resolve) : imageHtml(block, resolve);
    case "embed":
      // A plain link, not an iframe: the provider learns nothing about a reader who never clicks.
      return `<figure class="embed embed-${block.provider}"><a href="${escapeHtml(block.url)}" rel="noopener noreferrer">${EMBED_LABELS[block.provider]}</a></figure>`;
  }
}

function blocksHtml(blocks: SafeBlock[], render: Render): string {
  return blocks.map((block) => blockHtml(block, render)).join("");
}

function itemsHtml(items: SafeBlock[][], render: Render): string {
  return items.map((item) => `<li>${blocksHtml(item, render)}</li>`).join("");
}

// The image's description stays in the text; the picture costs nothing until it is asked for.
function imageLinkHtml(image: Extract<SafeBlock, { type: "image" }>, resolve: ResolvePath): string {
  const src = image.src.startsWith("/") ? resolve(image.src) : image.src;
  const caption = image.caption === undefined ? "" : ` ${escapeHtml(image.caption)}`;
  const label = image.alt === "" ? "Show image" : `Show image: ${escapeHtml(image.alt)}`;
  return `<p class="image-link"><a href="${escapeHtml(src)}">${label}</a>${caption}</p>`;
}

function imageHtml(image: Extract<SafeBlock, { type: "image" }>, resolve: ResolvePath): string {
  const src = image.src.startsWith("/") ? resolve(image.src) : image.src;
  let attributes = `src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}"`;
  if (image.title !== undefined) attributes += ` title="${escapeHtml(image.title)}"`;
  if (image.width !== undefined) attributes += ` width="${image.width}"`;
  if (image.height !== undefined) attributes += ` height="${image.height}"`;
  const credit =
    image.credit === undefined ? "" : `<span class="credit">${escapeHtml(image.credit)}</span>`;
  const caption = [image.caption === undefined ? "" : escapeHtml(image.caption), credit]
    .filter((part) => part !== "")
    .join(" ");
  const figcaption = caption === "" ? "" : `<figcaption>${caption}</figcaption>`;
  return `<figure><img ${attributes} loading="lazy" decoding="async">${figcaption}</figure>`;
}

// Marks shared by neighbouring text nodes stay open across them, so a link containing a bold word
// is one <a> rather than three. walkBody sorts marks outermost first, which makes this a prefix
// comparison.
function inlineHtml(content: SafeInline[], resolve: ResolvePath): string {
  let html = "";
  const open: SafeMark[] = [];
  for (const item of content) {
    let kept = 0;
    while (kept < open.length && sameMark(open[kept], item.marks[kept])) kept++;
    html += closeMarks(open, kept);
    for (const mark of item.marks.slice(kept)) {
      html += openMark(mark, resolve);
      open.push(mark);
    }
    html += item.type === "text" ? escapeHtml(item.text) : "<br>";
  }
  return html + closeMarks(open, 0);
}

function closeMarks(open: SafeMark[], keep: number): string {
  let html = "";
  while (open.length > keep) {
    const mark = open.pop();
    if (mark) html += mark.type === "link" ? "</a>" : `</${MARK_TAGS[mark.type]}>`;
  }
  return html;
}

function openMark(mark: SafeMark, resolve: ResolvePath): string {
  if (mark.type !== "link") return `<${MARK_TAGS[mark.type]}>`;
  const href = mark.href.startsWith("/") ? resolve(mark.href) : mark.href;
  const rel = mark.external ? ' rel="noopener noreferrer"' : "";
  return `<a href="${escapeHtml(href)}"${rel}>`;
}

function sameMark(a: SafeMark | undefined, b: SafeMark | undefined): boolean {
  if (!a || !b || a.type !== b.type) return false;
  return a.type !== "link" || (b.type === "link" && a.href === b.href);
}

function pathResolver(linkBase: string | undefined): ResolvePath {
  if (linkBase === undefined) return (path) => path;
  const base = webUrl(linkBase);
  // Configuration, not content, so a bad value is a bug to surface rather than output to guess at.
  if (!base) {
    throw new TypeError(
      `renderBodyHtml: linkBase must be an absolute http(s) URL, got ${linkBase}`,
    );
  }
  return (path) => new URL(path, base).href;
}

function webUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}
