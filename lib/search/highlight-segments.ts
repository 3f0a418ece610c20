// snippet() and highlight() wrap each hit in these markers. They are control characters, which
// no indexed text can bring into a result as markup: the page turns the text into React text
// nodes (escaped) and the marked parts into <mark> elements, so the only HTML in a result is
// Gazeti's own.
export const HIT_START = "\u0002";
export const HIT_END = "\u0003";

export type HighlightSegment = { text: string; hit: boolean };

export function highlightSegments(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let hit = false;
  let text = "";
  const flush = () => {
    if (text !== "") segments.push({ text, hit });
    text = "";
  };
  for (const char of marked) {
    if (char === HIT_START || char === HIT_END) {
      flush();
      hit = char === HIT_START;
    } else {
      text += char;
    }
  }
  flush();
  return segments;
}

export function segmentsHaveHit(segments: HighlightSegment[]): boolean {
  return segments.some((segment) => segment.hit);
}
