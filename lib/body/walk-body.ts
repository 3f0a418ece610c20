import type { SafeBlock, SafeInline, SafeMark } from "./body-types";

// Real articles nest a handful of levels; the cap keeps hostile or corrupt input (and cyclic
// objects handed in from code rather than JSON) from recursing without end.
const MAX_DEPTH = 50;

const SIMPLE_MARKS = ["bold", "italic", "strike", "subscript", "superscript", "code"] as const;
// Outermost first. A fixed order lets the HTML renderer keep a mark open across neighbouring text
// nodes, so one link with a bold word inside stays one link to a screen reader.
const MARK_ORDER = ["link", ...SIMPLE_MARKS] as const;

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:", "tel:"]);
const WEB_PROTOCOLS = new Set(["http:", "https:"]);
const EMBED_HOSTS: Record<"youtube" | "x", ReadonlySet<string>> = {
  youtube: new Set(["youtube.com", "www.youtube.com", "youtu.be"]),
  x: new Set(["x.com", "twitter.com"]),
};

// Root-relative paths are parsed against this so the URL parser, not a regex, decides whether a
// path like "/\evil.example" actually leaves the site.
const PATH_BASE = "https://gazeti.invalid";
const PATH_ORIGIN = new URL(PATH_BASE).origin;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const LEAVES_ORIGIN = /^\/[/\\]/;

type Raw = Record<string, unknown>;

// The single gate between stored JSON and every output format: anything not allowlisted here is
// dropped (unknown nodes with their content, unknown marks and attributes on their own).
export function walkBody(doc: unknown): SafeBlock[] {
  if (!isRecord(doc) || field(doc, "type") !== "doc") return [];
  return blocks(field(doc, "content"), 1);
}

function blocks(content: unknown, depth: number): SafeBlock[] {
  const result: SafeBlock[] = [];
  // Text straight inside a block container (a pull quote defined with inline content, say) is
  // kept by wrapping each run of it in a paragraph rather than lost.
  let run: SafeInline[] = [];
  const flush = () => {
    if (hasVisibleText(run)) result.push({ type: "paragraph", content: run });
    run = [];
  };
  for (const node of children(content, depth)) {
    const item = inline(node);
    if (item) {
      run.push(item);
      continue;
    }
    flush();
    const safe = block(node, depth);
    if (safe) result.push(safe);
  }
  flush();
  return result;
}

function block(node: Raw, depth: number): SafeBlock | null {
  const attrs = attributes(node);
  const content = field(node, "content");
  switch (field(node, "type")) {
    case "paragraph": {
      const inlines = inlineContent(content, depth + 1);
      return hasVisibleText(inlines) ? { type: "paragraph", content: inlines } : null;
    }
    case "heading": {
      const inlines = inlineContent(content, depth + 1);
      if (!hasVisibleText(inlines)) return null;
      const level = positiveInteger(field(attrs, "level"));
      return {
        type: "heading",
        level: level === 3 || level === 4 ? level : 2,
        content: inlines,
      };
    }
    case "bulletList": {
      const items = listItems(content, depth + 1);
      return items.length > 0 ? { type: "bulletList", items } : null;
    }
    case "orderedList": {
      const items = listItems(content, depth + 1);
      if (items.length === 0) return null;
      const start = positiveInteger(field(attrs, "start"));
      return { type: "orderedList", start: start === 1 ? undefined : start, items };
    }
    case "blockquote": {
      const inner = blocks(content, depth + 1);
      return inner.length > 0 ? { type: "blockquote", content: inner } : null;
    }
    case "pullQuote": {
      const inner = blocks(content, depth + 1);
      if (inner.length === 0) return null;
      return { type: "pullQuote", citation: text(field(attrs, "citation")), content: inner };
    }
    case "horizontalRule":
      return { type: "horizontalRule" };
    case "image":
      return image(attrs);
    case "embed":
      return embed(attrs);
    default:
      return null;
  }
}

function listItems(content: unknown, depth: number): SafeBlock[][] {
  const items: SafeBlock[][] = [];
  for (const node of children(content, depth)) {
    if (field(node, "type") !== "listItem") continue;
    const inner = blocks(field(node, "content"), depth + 1);
    if (inner.length > 0) items.push(inner);
  }
  return items;
}

function inlineContent(content: unknown, depth: number): SafeInline[] {
  const result: SafeInline[] = [];
  for (const node of children(content, depth)) {
    const item = inline(node);
    if (item) result.push(item);
  }
  return result;
}

function inline(node: Raw): SafeInline | null {
  const type = field(node, "type");
  if (type === "hardBreak") return { type: "hardBreak", marks: marks(field(node, "marks")) };
  if (type !== "text") return null;
  const value = field(node, "text");
  if (typeof value !== "string" || value === "") return null;
  return { type: "text", text: value, marks: marks(field(node, "marks")) };
}

function marks(raw: unknown): SafeMark[] {
  if (!Array.isArray(raw)) return [];
  const found = new Map<string, SafeMark>();
  for (const mark of raw) {
    if (!isRecord(mark)) continue;
    const type = field(mark, "type");
    if (typeof type !== "string" || found.has(type)) continue;
    if (type === "link") {
      const link = linkMark(field(attributes(mark), "href"));
      if (link) found.set(type, link);
    } else if (isSimpleMark(type)) {
      found.set(type, { type });
    }
  }
  return MARK_ORDER.flatMap((type) => found.get(type) ?? []);
}

function linkMark(raw: unknown): SafeMark | null {
  const href = cleanUrl(raw);
  if (href === undefined) return null;
  if (SCHEME.test(href)) {
    const url = parseUrl(href);
    if (!url || !LINK_PROTOCOLS.has(url.protocol)) return null;
    return { type: "link", href, external: WEB_PROTOCOLS.has(url.protocol) };
  }
  return isSitePath(href) ? { type: "link", href, external: false } : null;
}

function image(attrs: Raw): SafeBlock | null {
  const src = cleanUrl(field(attrs, "src"));
  if (src === undefined || !isImageSource(src)) return null;
  return {
    type: "image",
    src,
    alt: text(field(attrs, "alt")) ?? "",
    title: text(field(attrs, "title")),
    width: positiveInteger(field(attrs, "width")),
    height: positiveInteger(field(attrs, "height")),
    caption: text(field(attrs, "caption")),
    credit: text(field(attrs, "credit")),
  };
}

// Only our own media and https images: no mixed content, no data: or blob: payloads.
function isImageSource(src: string): boolean {
  if (src.startsWith("/media/")) {
    return isSitePath(src) && (parseUrl(src)?.pathname.startsWith("/media/") ?? false);
  }
  return SCHEME.test(src) && parseUrl(src)?.protocol === "https:";
}

function embed(attrs: Raw): SafeBlock | null {
  const provider = field(attrs, "provider");
  if (provider !== "youtube" && provider !== "x") return null;
  const href = cleanUrl(field(attrs, "url"));
  if (href === undefined || !SCHEME.test(href)) return null;
  const url = parseUrl(href);
  // `host` includes any port, so "youtube.com:8443" does not pass for youtube.com.
  if (!url || url.protocol !== "https:" || !EMBED_HOSTS[provider].has(url.host)) return null;
  return { type: "embed", provider, url: href };
}

function isSitePath(href: string): boolean {
  return (
    href.startsWith("/") && !LEAVES_ORIGIN.test(href) && parseUrl(href)?.origin === PATH_ORIGIN
  );
}

// Browsers delete tabs and newlines anywhere in a URL and control characters at its ends, so
// "java\tscript:" runs as javascript:. Refusing every control character keeps what we check
// identical to what the browser will follow.
function cleanUrl(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const value = raw.trim();
  if (value === "") return undefined;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return undefined;
  }
  return value;
}

function parseUrl(href: string): URL | undefined {
  try {
    return new URL(href, PATH_BASE);
  } catch {
    return undefined;
  }
}

function hasVisibleText(content: SafeInline[]): boolean {
  return content.some((item) => item.type === "text" && /\S/.test(item.text));
}

function children(content: unknown, depth: number): Raw[] {
  if (depth > MAX_DEPTH || !Array.isArray(content)) return [];
  return content.filter(isRecord);
}

function attributes(node: Raw): Raw {
  const attrs = field(node, "attrs");
  return isRecord(attrs) ? attrs : {};
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

// Tiptap keeps numeric attributes as numbers, but ones parsed from pasted HTML arrive as strings.
function positiveInteger(value: unknown): number | undefined {
  if (typeof value === "number")
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value === "string" && /^[1-9]\d{0,8}$/.test(value)) return Number(value);
  return undefined;
}

function isSimpleMark(type: string): type is (typeof SIMPLE_MARKS)[number] {
  return (SIMPLE_MARKS as readonly string[]).includes(type);
}

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Own properties only: a polluted Object.prototype must not be able to supply an href or a type.
function field(record: Raw, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
