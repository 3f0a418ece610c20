// The time readers were last told the story changed ("Updated"), never earlier than its
// publication: routine row changes (related lists, workflow moves) do not count.
export function editorialModifiedAt(article: { publishedAt: Date; modifiedAt: Date | null }): Date {
  const modified = article.modifiedAt;
  return modified && modified > article.publishedAt ? modified : article.publishedAt;
}
