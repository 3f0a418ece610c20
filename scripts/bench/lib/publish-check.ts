export type PublishCheck = {
  available: boolean;
  summary: string;
  // Milliseconds from the publish until each page showed the story through the cache.
  articleMs?: number | null;
  homeMs?: number | null;
  categoryMs?: number | null;
};

export async function checkPublishVisibility(options: {
  cacheUrl: string;
  serverUrl: string;
  databasePath: string;
  categorySlug: string;
}): Promise<PublishCheck> {
  void options;
  return {
    available: false,
    summary:
      "not measured: the newsroom's publishing path (db/mutations + a request path that refreshes " +
      "Next's cache from outside a server action) does not exist yet",
  };
}
