import { describe, expect, it } from "vitest";
import { readingTime } from "./reading-time";

const wordsOf = (count: number) => Array.from({ length: count }, () => "neno").join(" ");

describe("readingTime", () => {
  it("counts whitespace-separated words across spaces, tabs and newlines", () => {
    expect(readingTime("Habari za  leo\tNairobi\n\nna Mombasa").words).toBe(6);
  });

  it("does not count tokens without a letter or digit", () => {
    expect(readingTime("Yes — no • maybe … ! ?? -- 2024 «quoted»").words).toBe(5);
  });

  it("counts words in non-Latin scripts and numbers", () => {
    expect(readingTime("Привет мир مرحبا 東京 42").words).toBe(5);
  });

  it("reports at least one minute, even for empty text", () => {
    expect(readingTime("")).toEqual({ words: 0, minutes: 1 });
    expect(readingTime("   \n ")).toEqual({ words: 0, minutes: 1 });
    expect(readingTime("Short note.")).toEqual({ words: 2, minutes: 1 });
  });

  it.each([
    [230, 1],
    [344, 1],
    [345, 2],
    [460, 2],
    [1000, 4],
    [2300, 10],
  ])("rounds %i words to %i minutes at 230 words a minute", (words, minutes) => {
    expect(readingTime(wordsOf(words))).toEqual({ words, minutes });
  });
});
