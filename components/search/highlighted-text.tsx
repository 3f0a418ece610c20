import type { HighlightSegment } from "@/lib/search/highlight-segments";

// Search hits as <mark> elements; every other character is plain text that React escapes.
export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return segments.map((segment, index) =>
    segment.hit ? (
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-ink dark:bg-yellow-700">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
