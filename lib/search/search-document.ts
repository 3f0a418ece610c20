import { bodyToPlainText } from "@/lib/body/body-to-plain-text";

export type SearchDocumentSource = {
  title: string;
  standfirst: string;
  // The stored Tiptap document: its text comes from the one body renderer.
  body: unknown;
  tagNames: string[];
  authorNames: string[];
};

// One row of articles_fts, column for column.
export type SearchDocument = {
  title: string;
  standfirst: string;
  body: string;
  tags: string;
  authors: string;
};

const LIST_SEPARATOR = " · ";

// What the full-text index holds for an article. syncSearchEntry and the bulk corpus generator
// both build their rows here, so there is one definition of the indexed text.
export function buildSearchDocument(source: SearchDocumentSource): SearchDocument {
  return {
    title: source.title,
    standfirst: source.standfirst,
    body: bodyToPlainText(source.body),
    tags: source.tagNames.join(LIST_SEPARATOR),
    authors: source.authorNames.join(LIST_SEPARATOR),
  };
}
