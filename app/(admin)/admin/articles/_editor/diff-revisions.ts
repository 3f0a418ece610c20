import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import type { SafeBlock, SafeInline } from "@/lib/body/body-types";
import { walkBody } from "@/lib/body/walk-body";

export type ParagraphChange = "added" | "removed" | "same";
// Consecutive paragraphs with the same fate, in document order.
export type ParagraphRun = { change: ParagraphChange; paragraphs: string[] };

export type FieldDiff =
  | { field: keyof ArticleFormValues; label: string; kind: "value"; before: string; after: string }
  | { field: "body"; label: string; kind: "body"; runs: ParagraphRun[] };

// How ids in the values read to a person (category, author and image names).
export type ValueNames = {
  category: (id: number) => string;
  author: (id: number) => string;
  image: (id: number) => string;
};

export const FIELD_LABELS: Record<keyof ArticleFormValues, string> = {
  title: "Title",
  slug: "Slug",
  standfirst: "Excerpt",
  body: "Body",
  categoryId: "Category",
  tags: "Tags",
  authorIds: "Authors",
  heroMediaId: "Hero image",
  heroCaption: "Hero caption",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  featured: "Featured",
  breaking: "Breaking",
  publishAt: "Publish time",
};

const FIELD_ORDER = Object.keys(FIELD_LABELS) as (keyof ArticleFormValues)[];

// Beyond this many paragraph pairs the diff would cost more than it tells: the whole body is
// shown as replaced.
const MAX_DIFF_CELLS = 4_000_000;

// What changed between two snapshots of the form, field by field; the body paragraph by
// paragraph. `before` is null for the first revision (everything is new).
export function diffArticleValues(
  before: Partial<ArticleFormValues> | null,
  after: Partial<ArticleFormValues>,
  names: ValueNames,
): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const field of FIELD_ORDER) {
    const label = FIELD_LABELS[field];
    if (field === "body") {
      const runs = diffParagraphs(
        before ? bodyParagraphs(before.body) : [],
        bodyParagraphs(after.body),
      );
      if (runs.some((run) => run.change !== "same"))
        diffs.push({ field, label, kind: "body", runs });
      continue;
    }
    const now = describeValue(field, after[field], names);
    // A first revision lists what was filled in, not every flag left off.
    if (!before && (now === "" || now === "No")) continue;
    const was = before ? describeValue(field, before[field], names) : "";
    if (was !== now) diffs.push({ field, label, kind: "value", before: was, after: now });
  }
  return diffs;
}

function describeValue(field: keyof ArticleFormValues, value: unknown, names: ValueNames): string {
  switch (field) {
    case "categoryId":
      return typeof value === "number" ? names.category(value) : "";
    case "heroMediaId":
      return typeof value === "number" ? names.image(value) : "";
    case "authorIds":
      return Array.isArray(value)
        ? value
            .filter((id): id is number => typeof id === "number")
            .map(names.author)
            .join(", ")
        : "";
    case "tags":
      return Array.isArray(value) ? value.map(String).join(", ") : "";
    case "featured":
    case "breaking":
      return value === true ? "Yes" : "No";
    default:
      return typeof value === "string" ? value : "";
  }
}

// The body as a reader would scan it: one line per paragraph, heading, list item, quote,
// image or embed.
export function bodyParagraphs(body: unknown): string[] {
  return walkBody(body).flatMap((block) => blockLines(block, ""));
}

function blockLines(block: SafeBlock, prefix: string): string[] {
  switch (block.type) {
    case "paragraph":
      return [prefix + inlineText(block.content)];
    case "heading":
      return [`${prefix}Heading: ${inlineText(block.content)}`];
    case "bulletList":
      return block.items.flatMap((item) =>
        item.flatMap((inner) => blockLines(inner, `${prefix}• `)),
      );
    case "orderedList":
      return block.items.flatMap((item, index) =>
        item.flatMap((inner) => blockLines(inner, `${prefix}${(block.start ?? 1) + index}. `)),
      );
    case "blockquote":
      return block.content.flatMap((inner) => blockLines(inner, `${prefix}> `));
    case "pullQuote": {
      const lines = block.content.flatMap((inner) => blockLines(inner, `${prefix}Pull quote: `));
      return block.citation ? [...lines, `${prefix}Pull quote by ${block.citation}`] : lines;
    }
    case "horizontalRule":
      return [`${prefix}———`];
    case "image":
      return [
        `${prefix}Image: ${block.alt || "(no alt text)"}${block.caption ? ` — ${block.caption}` : ""}`,
      ];
    case "embed":
      return [`${prefix}${block.provider === "youtube" ? "YouTube" : "X"} embed: ${block.url}`];
  }
}

function inlineText(content: SafeInline[]): string {
  return content
    .map((item) => (item.type === "text" ? item.text : " "))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

// A longest-common-subsequence diff of two lists of paragraphs.
export function diffParagraphs(before: string[], after: string[]): ParagraphRun[] {
  // Paragraphs shared at the start and end need no table.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  const a = before.slice(start, before.length - end);
  const b = after.slice(start, after.length - end);
  const middle: { change: ParagraphChange; text: string }[] = [];
  if (a.length * b.length > MAX_DIFF_CELLS) {
    for (const text of a) middle.push({ change: "removed", text });
    for (const text of b) middle.push({ change: "added", text });
  } else {
    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    const width = b.length + 1;
    const lengths = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) {
        lengths[i * width + j] =
          a[i] === b[j]
            ? lengths[(i + 1) * width + j + 1]! + 1
            : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        middle.push({ change: "same", text: a[i]! });
        i++;
        j++;
      } else if (
        i < a.length &&
        (j >= b.length || lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)
      ) {
        // Removals before additions, as readers of a diff expect.
        middle.push({ change: "removed", text: a[i]! });
        i++;
      } else {
        middle.push({ change: "added", text: b[j]! });
        j++;
      }
    }
  }
  const all = [
    ...before.slice(0, start).map((text) => ({ change: "same" as const, text })),
    ...middle,
    ...before.slice(before.length - end).map((text) => ({ change: "same" as const, text })),
  ];
  const runs: ParagraphRun[] = [];
  for (const { change, text } of all) {
    const last = runs.at(-1);
    if (last?.change === change) last.paragraphs.push(text);
    else runs.push({ change, paragraphs: [text] });
  }
  return runs;
}
