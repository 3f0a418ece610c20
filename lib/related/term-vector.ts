import { textTerms } from "./text-terms";

// Where a word appears says how much it is about the story: a headline word counts three times.
export const FIELD_WEIGHTS = { title: 3, standfirst: 2, body: 1, tags: 2 } as const;

// Only the strongest terms are kept: enough to compare stories, small enough to hold 100,000.
export const VECTOR_TERMS = 64;

export type TermFields = { title: string; standfirst: string; body: string; tags: string };

// A sparse TF-IDF vector of unit length; `ids` are ascending so two vectors meet in one pass.
export type TermVector = { ids: Int32Array; weights: Float64Array };

export type TermStatistics = {
  // Published articles in the index.
  documentCount: number;
  // How many of them hold a stem (0 when unknown).
  documentFrequency: (stem: string) => number;
  // Numbers the stems, so vectors are compact and comparable.
  termId: (stem: string) => number;
};

export type WeightedTerm = { stem: string; surface: string; weight: number; df: number };

// The article's terms by TF-IDF weight, strongest first: sublinear term frequency (1 + ln tf)
// over the fields above, times ln(1 + N / df).
export function weightedTerms(fields: TermFields, stats: TermStatistics): WeightedTerm[] {
  const counts = new Map<string, { tf: number; surface: string }>();
  for (const field of Object.keys(FIELD_WEIGHTS) as (keyof TermFields)[]) {
    for (const { stem, surface } of textTerms(fields[field])) {
      const entry = counts.get(stem);
      if (entry) entry.tf += FIELD_WEIGHTS[field];
      else counts.set(stem, { tf: FIELD_WEIGHTS[field], surface });
    }
  }
  const terms: WeightedTerm[] = [];
  for (const [stem, { tf, surface }] of counts) {
    const df = stats.documentFrequency(stem);
    const idf = Math.log(1 + stats.documentCount / Math.max(1, df));
    terms.push({ stem, surface, df, weight: (1 + Math.log(tf)) * idf });
  }
  return terms.sort((a, b) => b.weight - a.weight || (a.stem < b.stem ? -1 : 1));
}

export function termVector(terms: WeightedTerm[], stats: TermStatistics): TermVector {
  const kept = terms
    .slice(0, VECTOR_TERMS)
    .map((term) => ({ id: stats.termId(term.stem), weight: term.weight }))
    .sort((a, b) => a.id - b.id);
  const norm = Math.sqrt(kept.reduce((sum, term) => sum + term.weight * term.weight, 0)) || 1;
  return {
    ids: Int32Array.from(kept, (term) => term.id),
    weights: Float64Array.from(kept, (term) => term.weight / norm),
  };
}

// Cosine similarity of two unit vectors: 0 (no term in common) to 1 (the same terms, in the
// same proportions).
export function cosineSimilarity(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, sum);
}
