// How much a shared tag says about two stories being about the same thing: 1 for a tag on a
// single article, 0 for a tag on every article, ln(N / df) / ln(N) in between.
export function tagSpecificity(articlesWithTag: number, publishedArticles: number): number {
  const n = Math.max(2, publishedArticles);
  const df = Math.min(n, Math.max(1, articlesWithTag));
  return Math.log(n / df) / Math.log(n);
}
