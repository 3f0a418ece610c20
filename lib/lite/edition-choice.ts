import { hasLiteTwin, litePathOf } from "./lite-paths";

// A reader's remembered edition: "lite" sends every full page to its lite twin, "full" keeps the
// full site even when the browser asks to save data. No cookie: the browser's Save-Data decides.
export const EDITION_COOKIE = "gazeti-edition";
export const EDITIONS = ["lite", "full"] as const;
export type Edition = (typeof EDITIONS)[number];

// Where the edition buttons post (app/api/edition/route.ts).
export const EDITION_CHOICE_PATH = "/api/edition";

// A year: a choice made once should outlive a phone's cleaning of old cookies by a session.
export const EDITION_COOKIE_MAX_AGE = 365 * 24 * 3600;

export function parseEdition(value: unknown): Edition | null {
  return EDITIONS.find((edition) => edition === value) ?? null;
}

const COOKIE_IN_HEADER = new RegExp(`(?:^|;\\s*)${EDITION_COOKIE}=([a-z]+)\\s*(?:;|$)`);

// The edition named in a raw Cookie header (the page cache reads requests before any framework).
export function editionInCookieHeader(header: string | undefined): Edition | null {
  return parseEdition(header ? COOKIE_IN_HEADER.exec(header)?.[1] : undefined);
}

// Where a request for a full page should be sent instead, or null to serve it. Save-Data is the
// header browsers send in data-saver mode ("on"; https://wicg.github.io/savedata/).
export function liteRedirectFor(
  path: string,
  saveData: string | undefined | null,
  edition: Edition | null,
): string | null {
  if (edition === "full" || !hasLiteTwin(path)) return null;
  const wantsLite = edition === "lite" || saveData?.trim().toLowerCase() === "on";
  return wantsLite ? litePathOf(path) : null;
}
