// JSON for a <script type="application/ld+json"> element. JSON.stringify leaves "<", ">" and "&"
// as they are, so a headline containing "</script>" would end the element and whatever follows
// would run as HTML; U+2028 and U+2029 break older JavaScript parsers. All five are written as
// \u escapes, which every JSON parser reads back as the same characters.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
