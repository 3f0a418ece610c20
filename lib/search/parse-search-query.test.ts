import { describe, expect, it } from "vitest";
import {
  cleanSearchText,
  MAX_QUERY_CHARS,
  MAX_QUERY_TERMS,
  parseSearchQuery,
  widenLastTerm,
} from "./parse-search-query";
import { HOSTILE_SEARCH_INPUTS } from "./hostile-search-inputs";

const match = (raw: unknown) => parseSearchQuery(raw).match;

describe("parseSearchQuery", () => {
  it("quotes every word, so nothing a reader types is FTS5 syntax", () => {
    expect(match("haiti AND police")).toBe('"haiti" "police"');
    expect(match("AND")).toBe('"and"');
    expect(match("NEAR(haiti police, 2)")).toBe('"near" "haiti" "police" "2"');
    expect(match("NOT haiti OR police")).toBe('"haiti" "police"');
    expect(match("black and white")).toBe('"black" "and" "white"');
    expect(match("title:haiti")).toBe('"title" "haiti"');
    expect(match("-police ^haiti")).toBe('"police" "haiti"');
    expect(match("(haiti")).toBe('"haiti"');
    expect(match("haiti + police")).toBe('"haiti" "police"');
  });

  it("keeps text between double quotes as a phrase", () => {
    expect(match('"security mission" haiti')).toBe('"security mission" "haiti"');
    expect(match("“curly quotes work too”")).toBe('"curly quotes work too"');
  });

  it("ignores an unpaired quote instead of failing", () => {
    expect(match('"unbalanced phrase')).toBe('"unbalanced" "phrase"');
    expect(match('"')).toBeNull();
  });

  it("matches the beginning of a word typed with a star, and only there", () => {
    expect(match("kisum*")).toBe('"kisum"*');
    expect(match("*police")).toBe('"police"');
    expect(match("a*")).toBe('"a"');
    expect(match("*")).toBeNull();
  });

  it("keeps hyphenated and apostrophised words together", () => {
    expect(match("covid-19 murang'a")).toBe('"covid 19" "murang a"');
  });

  it("folds case, compatibility forms and combining accents", () => {
    expect(match("ＨＡＩＴＩ")).toBe('"haiti"');
    expect(match("e\u0301lection")).toBe('"\u00e9lection"');
  });

  it("drops control characters and lone surrogates (invalid UTF-16)", () => {
    expect(match("hai\u0000ti")).toBe('"hai" "ti"');
    expect(match("haiti\uDC00police")).toBe('"haitipolice"');
    expect(match("\uD800")).toBeNull();
    expect(parseSearchQuery("\u202Ehaiti\u202C").text).toBe("haiti");
  });

  it("gives no query for empty or symbol-only input", () => {
    for (const raw of ["", "   ", "((((", "**", "\u0000", undefined, null, 42, {}]) {
      expect(match(raw)).toBeNull();
    }
  });

  it("caps a 10,000-character query and says so", () => {
    const parsed = parseSearchQuery("word ".repeat(2_000));
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(parsed.shortened).toBe(true);
    expect(parseSearchQuery("x".repeat(10_000)).text).toHaveLength(MAX_QUERY_CHARS);
  });

  it("keeps at most a dozen distinct terms", () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`).join(" ");
    const parsed = parseSearchQuery(words);
    expect(parsed.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(parsed.shortened).toBe(true);
    expect(match("haiti haiti HAITI")).toBe('"haiti"');
  });

  it("takes the first value when a parameter is repeated", () => {
    expect(match(["haiti", "police"])).toBe('"haiti"');
  });

  it("only ever produces quoted terms of letters, digits and marks", () => {
    const term = /^"[\p{L}\p{N}\p{M} ]+"\*?$/u;
    for (const raw of HOSTILE_SEARCH_INPUTS) {
      const parsed = parseSearchQuery(raw);
      for (const part of parsed.match?.match(/"[^"]*"\*?/g) ?? []) expect(part).toMatch(term);
      expect(parsed.match?.replace(/"[^"]*"\*?/g, "").trim() ?? "").toBe("");
    }
  });
});

describe("widenLastTerm", () => {
  it("turns the last plain word into a prefix", () => {
    expect(widenLastTerm(parseSearchQuery("haiti kisum"))).toBe('"haiti" "kisum"*');
  });

  it("leaves phrases, stars and very short words alone", () => {
    expect(widenLastTerm(parseSearchQuery('"haiti mission"'))).toBeNull();
    expect(widenLastTerm(parseSearchQuery("kisum*"))).toBeNull();
    expect(widenLastTerm(parseSearchQuery("ki"))).toBeNull();
  });
});

describe("cleanSearchText", () => {
  it("never cuts a character in half", () => {
    const { text } = cleanSearchText("🇰🇪".repeat(300));
    expect(Array.from(text).every((char) => char !== "\uFFFD")).toBe(true);
    expect(text).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
