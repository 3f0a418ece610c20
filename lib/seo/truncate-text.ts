// Shortens text to at most `max` characters (counting code points, so an emoji is never cut in
// half), at a word boundary where one is near, ending with an ellipsis.
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max - 1).join("");
  const lastSpace = cut.lastIndexOf(" ");
  const base = lastSpace > cut.length * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
