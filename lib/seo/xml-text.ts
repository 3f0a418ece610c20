// Characters XML 1.0 cannot carry at all (C0 controls other than tab and newlines, lone
// surrogates, U+FFFE/U+FFFF), plus the C1 controls it discourages. A headline pasted from a word
// processor can hold any of them; one would make the whole sitemap or feed unreadable.
const NOT_XML = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function toXmlText(text: string): string {
  return text.replace(NOT_XML, "");
}
