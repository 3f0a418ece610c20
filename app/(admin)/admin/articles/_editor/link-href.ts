const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const ALLOWED_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

// The links the body renderer keeps (lib/body/walk-body.ts): web, mailto and tel addresses and
// paths on this site. Anything else (javascript:, data:, //elsewhere) is not offered at all.
export function isAllowedLinkHref(href: string): boolean {
  const value = href.trim();
  if (value === "" || /[\u0000-\u001f\u007f]/.test(value)) return false;
  if (value.startsWith("/")) return !/^\/[/\\]/.test(value);
  if (!SCHEME.test(value)) return false;
  try {
    return ALLOWED_SCHEMES.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

// What an editor types into the link field, as an address: "nation.africa/story" is taken to
// mean https. Null when it cannot be a link readers would get.
export function normalizeLinkHref(input: string): string | null {
  const value = input.trim();
  if (value === "") return null;
  const candidate =
    value.startsWith("/") || SCHEME.test(value)
      ? value
      : /^[^\s/@]+@[^\s/@]+\.[^\s/@]+$/.test(value)
        ? `mailto:${value}`
        : `https://${value}`;
  return isAllowedLinkHref(candidate) ? candidate : null;
}
