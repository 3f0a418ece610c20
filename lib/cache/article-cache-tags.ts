import { cacheTags } from "@/lib/cache/cache-tags";

// What the public pages can see of one article, read just before and just after a change.
export type ArticleCacheState = {
  published: boolean;
  categorySlug: string;
  tagSlugs: string[];
  authorSlugs: string[];
  featured: boolean;
  // The breaking banner is showing for it (shown on every public page).
  breaking: boolean;
  // Articles whose stored related list names this one.
  listedBy: number[];
};

export type ArticleChangeForCache = {
  articleId: number;
  before: ArticleCacheState | null;
  after: ArticleCacheState | null;
  // Other articles whose related list was rewritten with a different result.
  relistedIds?: number[];
};

function symmetricDifference(a: string[], b: string[]): string[] {
  return [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))];
}

// The cache tags a change to one article affects: every cached page that shows the article is
// tagged with its id; listings it enters or leaves are tagged with what they list. A change that
// readers cannot see (a draft saved, a working copy autosaved) affects nothing.
export function articleCacheTags(change: ArticleChangeForCache): string[] {
  const { before, after } = change;
  const wasPublic = before?.published === true;
  const isPublic = after?.published === true;
  if (!wasPublic && !isPublic) return [];
  const tags = new Set<string>([
    cacheTags.article(change.articleId),
    cacheTags.feeds,
    cacheTags.sitemaps,
  ]);
  const visibilityChanged = wasPublic !== isPublic;
  const listed = (state: ArticleCacheState | null, isListed: boolean) =>
    state && isListed ? state : null;
  const old = listed(before, wasPublic);
  const now = listed(after, isPublic);
  const pick = (state: ArticleCacheState | null, key: "tagSlugs" | "authorSlugs") =>
    state ? state[key] : [];
  const changedMembers = (key: "tagSlugs" | "authorSlugs") =>
    visibilityChanged
      ? [...pick(old, key), ...pick(now, key)]
      : symmetricDifference(pick(old, key), pick(now, key));

  if (visibilityChanged || before?.featured !== after?.featured) tags.add(cacheTags.home);
  if (visibilityChanged || old?.categorySlug !== now?.categorySlug) {
    if (old) tags.add(cacheTags.category(old.categorySlug));
    if (now) tags.add(cacheTags.category(now.categorySlug));
  }
  for (const slug of changedMembers("tagSlugs")) tags.add(cacheTags.tag(slug));
  for (const slug of changedMembers("authorSlugs")) tags.add(cacheTags.author(slug));
  // The banner is part of the layout every public page shares, which is tagged "nav".
  if ((old?.breaking ?? false) !== (now?.breaking ?? false)) {
    tags.add(cacheTags.nav);
    tags.add(cacheTags.home);
  }
  for (const id of [
    ...(before?.listedBy ?? []),
    ...(after?.listedBy ?? []),
    ...(change.relistedIds ?? []),
  ]) {
    if (id !== change.articleId) tags.add(cacheTags.article(id));
  }
  return [...tags];
}
