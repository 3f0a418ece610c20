// A common estimate of adult silent reading speed for news prose.
const WORDS_PER_MINUTE = 230;

// A token must hold a letter or digit to count, so stray dashes and bullets are not words.
const WORDLIKE = /[\p{L}\p{N}]/u;

export function readingTime(plainText: string): { words: number; minutes: number } {
  const words = plainText.split(/\s+/).filter((token) => WORDLIKE.test(token)).length;
  return { words, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
