// Limits shared by the editor form (maxLength attributes) and the server-side schema.
export const ARTICLE_FIELD_LIMITS = {
  title: 200,
  standfirst: 600,
  heroCaption: 400,
  seoTitle: 120,
  seoDescription: 320,
  tag: 80,
  tags: 20,
  authors: 10,
  // Characters of body JSON: far beyond any real story, small enough to refuse a hostile one.
  bodyJson: 1_000_000,
} as const;
