import { describe, expect, it } from "vitest";
import { cosineSimilarity, termVector, weightedTerms, type TermStatistics } from "./term-vector";
import { textTerms } from "./text-terms";
import { tagSpecificity } from "./tag-specificity";

function statsWith(df: Record<string, number>, documentCount = 1000): TermStatistics {
  const ids = new Map<string, number>();
  return {
    documentCount,
    documentFrequency: (stem) => df[stem] ?? 1,
    termId: (stem) => {
      if (!ids.has(stem)) ids.set(stem, ids.size);
      return ids.get(stem)!;
    },
  };
}

const fields = (title: string, body = "") => ({ title, standfirst: "", body, tags: "" });

describe("textTerms", () => {
  it("stems words as the search index's Porter tokenizer does", () => {
    expect(textTerms("Officers policing elections").map((t) => t.stem)).toEqual([
      "offic",
      "polic",
      "elect",
    ]);
  });

  it("folds case and diacritics and drops common words", () => {
    expect(textTerms("The CAFÉ and the Café").map((t) => t.stem)).toEqual(["cafe", "cafe"]);
  });
});

describe("weightedTerms", () => {
  it("weighs a rare word above a common one, and a headline word above a body word", () => {
    const stats = statsWith({ haiti: 5, mission: 400 });
    const terms = weightedTerms(fields("Haiti mission"), stats);
    expect(terms.map((t) => t.stem)).toEqual(["haiti", "mission"]);
    const inTitle = weightedTerms(fields("drought"), stats)[0]!.weight;
    const inBody = weightedTerms(fields("", "drought"), stats)[0]!.weight;
    expect(inTitle).toBeGreaterThan(inBody);
  });
});

describe("cosineSimilarity", () => {
  const stats = statsWith({});
  const v = (text: string) => termVector(weightedTerms(fields(text), stats), stats);

  it("is 1 for the same words and 0 for none in common", () => {
    expect(cosineSimilarity(v("haiti police mission"), v("mission police haiti"))).toBeCloseTo(1);
    expect(cosineSimilarity(v("haiti police mission"), v("maize flour prices"))).toBe(0);
  });

  it("grows with the words two stories share", () => {
    const subject = v("haiti police mission nairobi deployment");
    expect(cosineSimilarity(subject, v("haiti police mission"))).toBeGreaterThan(
      cosineSimilarity(subject, v("haiti maize flour")),
    );
  });
});

describe("tagSpecificity", () => {
  it("is 1 for a tag on one article, 0 for a tag on all, and falls as a tag spreads", () => {
    expect(tagSpecificity(1, 1000)).toBe(1);
    expect(tagSpecificity(1000, 1000)).toBe(0);
    expect(tagSpecificity(10, 1000)).toBeGreaterThan(tagSpecificity(300, 1000));
  });
});
