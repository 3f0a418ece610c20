import { MAX_SLUG_LENGTH } from "@/lib/slugs/is-valid-slug";

// Letters outside a–z that NFKD does not take apart into a base letter and an accent.
const TRANSLITERATIONS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
  "&": " and ",
};

// A title turned into the slug grammar (lowercase letters, digits, single hyphens), cut at a word
// boundary when it is too long. Empty when the text holds no letter or digit at all.
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = text
    .toLowerCase()
    .replace(/[ßæœøđðþłı&]/g, (char) => TRANSLITERATIONS[char] ?? char)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    // Apostrophes join a word ("Kenya's" → "kenyas"), everything else separates words.
    .replace(/['’`]/g, "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, "");
}
