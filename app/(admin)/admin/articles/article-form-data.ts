import { ARTICLE_FIELD_LIMITS } from "@/lib/articles/article-field-limits";
import {
  EDITOR_INTENTS,
  type EditorIntent,
} from "@/app/(admin)/admin/articles/_editor/editor-intents";

// The editor form's fields as the article mutations take them. Tags and authors arrive as one
// hidden input per entry (in order); the body as Tiptap JSON in a hidden input, so the form
// posts the same fields with or without JavaScript. A slug left to follow the title is sent
// empty, and the server picks a free one.
export function articleValuesFromFormData(formData: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const list = (name: string, max: number) =>
    formData
      .getAll(name)
      .filter((value): value is string => typeof value === "string")
      .slice(0, max);
  return {
    title: text("title"),
    slug: text("slugAuto") === "1" ? "" : text("slug"),
    standfirst: text("standfirst"),
    body: text("body") || '{"type":"doc","content":[]}',
    categoryId: text("categoryId"),
    tags: list("tags", ARTICLE_FIELD_LIMITS.tags * 2),
    authorIds: list("authorIds", ARTICLE_FIELD_LIMITS.authors * 2),
    heroMediaId: text("heroMediaId"),
    heroCaption: text("heroCaption"),
    seoTitle: text("seoTitle"),
    seoDescription: text("seoDescription"),
    featured: text("featured"),
    breaking: text("breaking"),
    publishAt: text("publishAt"),
  };
}

export function intentFromFormData(formData: FormData): EditorIntent {
  const intent = formData.get("intent");
  return EDITOR_INTENTS.find((known) => known === intent) ?? "save";
}

export function optionalIdFromFormData(formData: FormData, name: string): number | null {
  const value = formData.get(name);
  return typeof value === "string" && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}
