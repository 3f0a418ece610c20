// What the editor form holds for one article, field by field, and what a revision or a working
// copy stores: restoring either puts exactly these values back into the form. Times are newsroom
// wall-clock strings ("2026-11-20T14:30", Africa/Nairobi) as a datetime-local field shows them.
export type ArticleFormValues = {
  title: string;
  slug: string;
  standfirst: string;
  // Tiptap/ProseMirror document JSON, stored as given; lib/body renders it safely.
  body: Record<string, unknown>;
  categoryId: number | null;
  // Tag slugs, or names of tags to create when the article is saved.
  tags: string[];
  // Bylines in order; the first is the lead author.
  authorIds: number[];
  heroMediaId: number | null;
  heroCaption: string;
  seoTitle: string;
  seoDescription: string;
  featured: boolean;
  breaking: boolean;
  publishAt: string;
};

export const EMPTY_BODY = { type: "doc", content: [] } as const;

export function emptyArticleFormValues(): ArticleFormValues {
  return {
    title: "",
    slug: "",
    standfirst: "",
    body: { ...EMPTY_BODY, content: [] },
    categoryId: null,
    tags: [],
    authorIds: [],
    heroMediaId: null,
    heroCaption: "",
    seoTitle: "",
    seoDescription: "",
    featured: false,
    breaking: false,
    publishAt: "",
  };
}
