export type EmbedTarget = { provider: "youtube" | "x"; url: string };

// The hosts lib/body/walk-body.ts accepts for each provider; other spellings of the same sites
// are rewritten to one of them, so what the editor inserts is what the page renders.
const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"]);
const X_HOSTS = new Set([
  "x.com",
  "www.x.com",
  "twitter.com",
  "www.twitter.com",
  "mobile.twitter.com",
  "mobile.x.com",
]);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;
const X_STATUS = /^\/([A-Za-z0-9_]{1,30})\/status(?:es)?\/(\d{1,25})\/?$/;

// A YouTube video or an X post, from the address an editor pastes; null for anything else.
// The address is normalised (https, canonical host, tracking parameters dropped).
export function parseEmbedUrl(input: string): EmbedTarget | null {
  let url: URL;
  try {
    url = new URL(
      /^[a-z][a-z\d+.-]*:/i.test(input.trim()) ? input.trim() : `https://${input.trim()}`,
    );
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.port !== "" || url.username !== "" || url.password !== "") return null;
  const host = url.hostname.toLowerCase();

  if (YOUTUBE_HOSTS.has(host)) {
    let id: string | null = null;
    if (host === "youtu.be") id = url.pathname.slice(1).split("/")[0] ?? null;
    else if (url.pathname === "/watch") id = url.searchParams.get("v");
    else {
      const match = /^\/(?:shorts|embed|live)\/([^/]+)\/?$/.exec(url.pathname);
      id = match?.[1] ?? null;
    }
    if (!id || !YOUTUBE_ID.test(id)) return null;
    return { provider: "youtube", url: `https://www.youtube.com/watch?v=${id}` };
  }

  if (X_HOSTS.has(host)) {
    const match = X_STATUS.exec(url.pathname);
    if (!match) return null;
    return { provider: "x", url: `https://x.com/${match[1]}/status/${match[2]}` };
  }
  return null;
}
