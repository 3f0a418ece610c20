// Turns what a reader typed into a full-text query that can only mean "find these words".
// FTS5 has its own query language (AND, OR, NOT, NEAR(), column filters, ^, *, parentheses);
// none of it is taken from user text. Every word becomes a quoted string holding letters and
// digits only, so operators typed by a reader are searched for as words, or dropped.

// Longer input is cut, not refused: a pasted paragraph still finds something.
export const MAX_QUERY_CHARS = 200;
// Each term is one more posting list to intersect; a dozen is plenty for a news search.
export const MAX_QUERY_TERMS = 12;
// FTS5 keeps prefix indexes for 2 and 3 characters (db/migrations/0001_search_index.sql); a
// shorter prefix would match nearly everything.
const MIN_PREFIX_CHARS = 2;

export type SearchTerm = {
  // One word, or several that must appear together in this order.
  tokens: string[];
  phrase: boolean;
  // Matches words that begin with the (last) token: the reader typed `word*`.
  prefix: boolean;
};

export type ParsedSearchQuery = {
  // The cleaned text, to show back in the search box.
  text: string;
  terms: SearchTerm[];
  // The FTS5 MATCH expression, or null when nothing searchable was typed.
  match: string | null;
  // Part of the input was left out (too long, or too many words).
  shortened: boolean;
};

// A token starts with a letter or digit; combining marks may follow (é typed as e + ´).
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
// Lone surrogates (invalid UTF-16, e.g. from broken percent-encoding), control and format
// characters (NUL, bidi overrides, zero-width characters).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;

function firstString(raw: unknown): string {
  if (typeof raw === "string") return raw;
  if (Array.isArray(raw) && typeof raw[0] === "string") return raw[0];
  return "";
}

// Cleans and caps the text; returns it with whether it had to be cut.
export function cleanSearchText(raw: unknown): { text: string; shortened: boolean } {
  // The cap is applied before the heavier work too, so a megabyte of input costs nothing.
  const input = firstString(raw).slice(0, MAX_QUERY_CHARS * 4);
  const cleaned = input
    .replace(LONE_SURROGATE, "")
    .normalize("NFKC")
    .replace(INVISIBLE, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_QUERY_CHARS && input.length === firstString(raw).length) {
    return { text: cleaned, shortened: false };
  }
  let cut = chars.slice(0, MAX_QUERY_CHARS).join("");
  // Cut at a space when there is one near the end, so no half word is searched for.
  const space = cut.lastIndexOf(" ");
  if (space > MAX_QUERY_CHARS - 40) cut = cut.slice(0, space);
  return { text: cut.trim(), shortened: true };
}

function termFrom(text: string): SearchTerm | null {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  if (tokens.length === 0) return null;
  return { tokens, phrase: tokens.length > 1, prefix: false };
}

// Operators readers know from other search engines, typed in capitals. They are left out when
// other words remain ("haiti AND police" finds both words), never passed on as operators.
const OPERATOR_WORDS = new Set(["AND", "OR", "NOT"]);

function plainTerms(segment: string, dropOperators: boolean): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const chunk of segment.split(" ")) {
    if (dropOperators && OPERATOR_WORDS.has(chunk)) continue;
    // "kakam*" asks for a prefix; a star anywhere else means nothing.
    const prefix = /[\p{L}\p{N}\p{M}]\*+[^\p{L}\p{N}]*$/u.test(chunk);
    // A word joined by hyphens, apostrophes or dots (covid-19, Murang'a, U.N.) stays together
    // as a phrase; any other punctuation separates words.
    for (const part of chunk.split(/[^\p{L}\p{N}\p{M}'’\-‐.]+/u)) {
      const term = termFrom(part);
      if (term) terms.push(term);
    }
    const last = terms[terms.length - 1];
    if (prefix && last && !last.phrase && Array.from(last.tokens[0]!).length >= MIN_PREFIX_CHARS) {
      last.prefix = true;
    }
  }
  return terms;
}

function toMatch(term: SearchTerm): string {
  // Tokens hold letters, digits and marks only, so no quote can end the string early.
  return `"${term.tokens.join(" ")}"${term.prefix ? "*" : ""}`;
}

export function parseSearchQuery(raw: unknown): ParsedSearchQuery {
  const { text, shortened: cut } = cleanSearchText(raw);
  // Text between a pair of double quotes is a phrase; an unpaired quote is ignored.
  const parts = text.split(/["“”„]/);
  const collect = (dropOperators: boolean) =>
    parts.flatMap((part, index) => {
      const quoted = index % 2 === 1 && index < parts.length - 1;
      if (!quoted) return plainTerms(part, dropOperators);
      const term = termFrom(part);
      return term ? [term] : [];
    });
  let terms = collect(true);
  if (terms.length === 0) terms = collect(false);
  const unique = terms.filter(
    (term, index) => terms.findIndex((other) => toMatch(other) === toMatch(term)) === index,
  );
  const kept = unique.slice(0, MAX_QUERY_TERMS);
  return {
    text,
    terms: kept,
    match: kept.length > 0 ? kept.map(toMatch).join(" ") : null,
    shortened: cut || unique.length > kept.length,
  };
}

// The same query with its last word also matching longer words ("kisum" → Kisumu): tried when
// the exact words find nothing, as the reader may have stopped typing mid-word.
export function widenLastTerm(query: ParsedSearchQuery): string | null {
  const last = query.terms[query.terms.length - 1];
  if (!last || last.prefix || last.phrase) return null;
  if (Array.from(last.tokens[0]!).length < 3) return null;
  return [...query.terms.slice(0, -1), { ...last, prefix: true }].map(toMatch).join(" ");
}
