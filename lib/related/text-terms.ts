import { stemmer } from "stemmer";

// Common English words that say nothing about what a story is about. Rare words decide
// similarity anyway (they carry the inverse document frequency); leaving these out keeps term
// vectors short and the candidate query cheap.
const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before " +
    "being below between both but by can could did do does doing down during each few for from " +
    "further had has have having he her here hers herself him himself his how i if in into is it " +
    "its itself just me more most my myself no nor not now of off on once only or other our ours " +
    "ourselves out over own same she should so some such than that the their theirs them " +
    "themselves then there these they this those through to too under until up very was we were " +
    "what when where which while who whom why will with would you your yours yourself " +
    "yourselves said says say told tell one two three new last next week weeks month months year " +
    "years day days time may might must since still yet already many much per according monday " +
    "tuesday wednesday thursday friday saturday sunday mr mrs ms"
  ).split(" "),
);

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
const DIACRITICS = /\p{M}+/gu;

export type TermOccurrence = { stem: string; surface: string };

// Splits text the way the search index's tokenizer does (unicode61 with diacritics removed, then
// the Porter stemmer), so the stems here are the terms the index holds.
export function textTerms(text: string): TermOccurrence[] {
  const folded = text.normalize("NFKD").replace(DIACRITICS, "").toLowerCase();
  const terms: TermOccurrence[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    const surface = match[0];
    if (surface.length < 2 || surface.length > 40 || STOPWORDS.has(surface)) continue;
    if (/^\d+$/.test(surface) && surface.length < 4) continue;
    terms.push({ stem: stemOf(surface), surface });
  }
  return terms;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = /^[a-z]+$/.test(word) ? stemmer(word) : word;
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}
